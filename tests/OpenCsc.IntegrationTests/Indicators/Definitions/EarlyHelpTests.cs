using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class EarlyHelpTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task OpenAtTheEnd_AndOpenTwelveMonths(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // As at 31 May 2026: open 12 months from 31 May 2025.
        j.EarlyHelp(j.Child("OLD"), D(2025, 5, 31));
        j.EarlyHelp(j.Child("YOUNG"), D(2025, 6, 1));
        j.EarlyHelp(j.Child("ENDED"), D(2024, 1, 1), D(2026, 5, 31));
        j.EarlyHelp(j.Child("ENDSLATER"), D(2024, 1, 1), D(2026, 6, 15));
        j.EarlyHelp(j.Child("FUTURE"), D(2026, 6, 1));
        var two = j.Child("TWO");
        j.EarlyHelp(two, D(2026, 1, 1));
        j.EarlyHelp(two, D(2026, 2, 1));

        IndicatorValue open = await j.ComputeAsync(new EarlyHelpOpen(), Month(2026, 5));
        var rows = await j.RowsAsync(new EarlyHelpOpen12M(), Month(2026, 5));

        Assert.Equal((5L, (double?)5), (open.Numerator, open.Value));
        Assert.Equal([("ENDSLATER", true), ("OLD", true), ("TWO", false), ("TWO", false), ("YOUNG", false)], rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AnEpisodeFrom29February_IsOpenAYearOn1March(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.EarlyHelp(j.Child("LEAP"), D(2024, 2, 29));
        j.EarlyHelp(j.Child("DAYBEFORE"), D(2024, 2, 28));

        var february = await j.RowsAsync(new EarlyHelpOpen12M(), Month(2025, 2));
        var march = await j.RowsAsync(new EarlyHelpOpen12M(), new ReportingPeriod(D(2025, 3, 1), D(2025, 3, 1)));

        Assert.Equal([("DAYBEFORE", true), ("LEAP", false)], february);
        Assert.Equal([("DAYBEFORE", true), ("LEAP", true)], march);
    }
}
