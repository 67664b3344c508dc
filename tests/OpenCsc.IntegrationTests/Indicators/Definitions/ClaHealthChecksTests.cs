using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.LookedAfter;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ClaHealthChecksTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task UpToDate_WithinSixMonthsUnderFive_TwelveFromFive(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // As at 30 April 2026. Under 5: an assessment on 30 October 2025 is exactly 6 months before; the 29th is a day
        // over. 5 or over: 30 April 2025 is exactly 12 months; the 29th is over.
        void InCare(string id, DateOnly born, params DateOnly[] assessments)
        {
            var child = j.Child(id, born);
            j.Care(child, D(2024, 1, 1));
            foreach (DateOnly date in assessments)
            {
                j.Health(child, date);
            }
        }

        InCare("U5ON", D(2022, 1, 1), D(2025, 10, 30));
        InCare("U5OFF", D(2022, 1, 1), D(2025, 10, 29));
        InCare("O5ON", D(2015, 1, 1), D(2025, 4, 30));
        InCare("O5OFF", D(2015, 1, 1), D(2025, 4, 29));
        // Fifth birthday on 30 April 2026: 12 months apply; a day later, still 4: 6 months apply.
        InCare("FIVE", D(2021, 4, 30), D(2025, 6, 1));
        InCare("FOUR", D(2021, 5, 1), D(2025, 6, 1));
        // A dental check is not a health assessment; one after the period's end does not count.
        var dental = j.Child("DENTAL", D(2015, 1, 1));
        j.Care(dental, D(2024, 1, 1));
        j.Health(dental, D(2024, 6, 1));
        j.Health(dental, D(2026, 3, 1), HealthAssessmentKind.Dental);
        InCare("LATER", D(2015, 1, 1), D(2025, 3, 1), D(2026, 5, 1));
        // Looked after from 30 April 2025: 12 months on 30 April 2026. From 1 May 2025: not yet.
        var twelve = j.Child("IN12", D(2015, 1, 1));
        j.Care(twelve, D(2025, 4, 30));
        j.Health(twelve, D(2025, 5, 20), HealthAssessmentKind.Initial);
        j.Care(j.Child("NOT12", D(2015, 1, 1)), D(2025, 5, 1));
        j.Care(j.Child("LEFT", D(2015, 1, 1)), D(2024, 1, 1), D(2026, 4, 30));

        var rows = await j.RowsAsync(new ClaHealthChecks(), Month(2026, 4));

        Assert.Equal(
        [
            ("DENTAL", false), ("FIVE", true), ("FOUR", false), ("IN12", true), ("LATER", false),
            ("O5OFF", false), ("O5ON", true), ("U5OFF", false), ("U5ON", true),
        ], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TwelveMonthsFrom29February_AreReachedOn1March(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var leap = j.Child("LEAP", D(2015, 1, 1));
        j.Care(leap, D(2024, 2, 29));
        j.Health(leap, D(2024, 3, 10), HealthAssessmentKind.Initial);

        var lastOfFebruary = await j.RowsAsync(new ClaHealthChecks(), Month(2025, 2));
        var firstOfMarch = await j.RowsAsync(new ClaHealthChecks(), new ReportingPeriod(D(2025, 3, 1), D(2025, 3, 1)));

        Assert.Empty(lastOfFebruary);
        Assert.Equal([("LEAP", true)], firstOfMarch);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SixMonthsFrom31August_EndOnTheLastDayOfFebruary(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Under 5, assessed on 31 August 2025: within 6 months is by "31 February", so up to date on 28 February 2026
        // and overdue on 1 March.
        var young = j.Child("YOUNG", D(2023, 1, 1));
        j.Care(young, D(2024, 1, 1));
        j.Health(young, D(2025, 8, 31));

        var lastOfFebruary = await j.RowsAsync(new ClaHealthChecks(), Month(2026, 2));
        var firstOfMarch = await j.RowsAsync(new ClaHealthChecks(), new ReportingPeriod(D(2026, 3, 1), D(2026, 3, 1)));

        Assert.Equal([("YOUNG", true)], lastOfFebruary);
        Assert.Equal([("YOUNG", false)], firstOfMarch);
    }
}
