using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class StrategyWtCompliantTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SocialCarePoliceAndHealthMustAllTakePart(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Strategy(j.Referral(j.Child("ALL"), D(2026, 5, 1)), D(2026, 5, 2));
        j.Strategy(j.Referral(j.Child("NOHEALTH"), D(2026, 5, 1)), D(2026, 5, 3), health: false);
        j.Strategy(j.Referral(j.Child("NOPOLICE"), D(2026, 5, 1)), D(2026, 5, 31), police: false);
        j.Strategy(j.Referral(j.Child("APRIL"), D(2026, 4, 1)), D(2026, 4, 30));

        var rows = await j.RowsAsync(new StrategyWtCompliant(), Month(2026, 5));

        Assert.Equal([("ALL", true), ("NOHEALTH", false), ("NOPOLICE", false)], rows);
    }
}
