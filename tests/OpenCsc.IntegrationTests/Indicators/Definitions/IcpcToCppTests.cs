using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class IcpcToCppTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AnIcpcLeadsToAPlanThatStartsOnItsDate(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var planned = j.Child("PLAN");
        j.Section47(j.Referral(planned, D(2026, 4, 20)), D(2026, 4, 25), D(2026, 5, 10));
        j.Plan(planned, D(2026, 5, 10));
        var later = j.Child("LATER");
        j.Section47(j.Referral(later, D(2026, 4, 20)), D(2026, 4, 25), D(2026, 5, 12));
        j.Plan(later, D(2026, 5, 13));
        j.Section47(j.Referral(j.Child("NOPLAN"), D(2026, 4, 20)), D(2026, 4, 25), D(2026, 5, 14));

        var rows = await j.RowsAsync(new IcpcToCpp(), Month(2026, 5));

        Assert.Equal([("LATER", false), ("NOPLAN", false), ("PLAN", true)], rows);
    }
}
