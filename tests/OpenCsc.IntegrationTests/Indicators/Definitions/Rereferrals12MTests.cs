using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class Rereferrals12MTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AnotherReferralInThe12MonthsBefore_MakesAReReferral(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var a = j.Child("A");
        j.Referral(a, D(2025, 5, 10));
        j.Referral(a, D(2026, 5, 10)); // exactly 12 months after: a re-referral
        var b = j.Child("B");
        j.Referral(b, D(2025, 5, 9));
        j.Referral(b, D(2026, 5, 10)); // 12 months and a day after: not
        var c = j.Child("C");
        j.Referral(c, D(2026, 5, 20));
        j.Referral(c, D(2026, 5, 20)); // two on one day: neither is a re-referral of the other
        var d = j.Child("D");
        j.Referral(d, D(2026, 5, 3));
        j.Referral(d, D(2026, 5, 25)); // the second is

        var rows = await j.RowsAsync(new Rereferrals12M(), Month(2026, 5));
        IndicatorValue value = await j.ComputeAsync(new Rereferrals12M(), Month(2026, 5));

        Assert.Equal([("A", true), ("B", false), ("C", false), ("C", false), ("D", false), ("D", true)], rows);
        Assert.Equal((2, 6L), (value.Numerator, value.Denominator!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ForAReferralOn29February_TheTwelveMonthsStartOn1March(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var e = j.Child("E");
        j.Referral(e, D(2023, 2, 28));
        j.Referral(e, D(2024, 2, 29));
        var f = j.Child("F");
        j.Referral(f, D(2023, 3, 1));
        j.Referral(f, D(2024, 2, 29));

        var rows = await j.RowsAsync(new Rereferrals12M(), Month(2024, 2));

        Assert.Equal([("E", false), ("F", true)], rows);
    }
}
