namespace OpenCsc.IntegrationTests; public class T { [Xunit.Fact] public void A() { } }
