using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class S47Icpc15WdTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CountsFromTheStrategyDiscussion_15WorkingDaysIsInTime(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // From Friday 1 May 2026: 5-8 May (4, Monday 4 May a bank holiday), 11-15 (5), 18-22 (5), Tuesday 26 May
        // (1, Monday 25 May a bank holiday) = 15 working days.
        var day15 = j.Referral(j.Child("DAY15"), D(2026, 4, 30));
        j.Section47(day15, D(2026, 5, 4), D(2026, 5, 26), j.Strategy(day15, D(2026, 5, 1)));
        var day16 = j.Referral(j.Child("DAY16"), D(2026, 4, 30));
        j.Section47(day16, D(2026, 5, 5), D(2026, 5, 27), j.Strategy(day16, D(2026, 5, 1)));
        // No strategy discussion recorded: the s47's own start (Friday 1 May) counts.
        j.Section47(j.Referral(j.Child("NOSD"), D(2026, 4, 30)), D(2026, 5, 1), D(2026, 5, 26));
        // No ICPC yet, or in June: not in May's figure.
        j.Section47(j.Referral(j.Child("NOICPC"), D(2026, 5, 1)), D(2026, 5, 1), null);
        j.Section47(j.Referral(j.Child("JUNE"), D(2026, 5, 1)), D(2026, 5, 20), D(2026, 6, 1));

        var rows = await j.RowsAsync(new S47Icpc15Wd(), Month(2026, 5));

        Assert.Equal([("DAY15", true), ("DAY16", false), ("NOSD", true)], rows);
    }
}
