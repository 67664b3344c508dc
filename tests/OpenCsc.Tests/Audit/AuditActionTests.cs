using OpenCsc.Audit;

namespace OpenCsc.Tests.Audit;

public sealed class AuditActionTests
{
    /// <summary>The codes are fixed for reports and other systems: a renumbered or reused code fails here.</summary>
    [Fact]
    public void Codes_AreTheFixedOnes()
    {
        Assert.Equal(
            [
                ("View", 1), ("Search", 2), ("Create", 3), ("Update", 4), ("Delete", 5), ("Export", 6), ("Download", 7),
                ("SignIn", 8), ("SignInFailed", 9), ("PermissionChange", 10), ("BreakGlass", 11), ("Refused", 12),
            ],
            Enum.GetValues<AuditAction>().Select(a => (a.ToString(), (int)a)));
    }
}
