using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.LookedAfter;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ClaIha20WdTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task InitialHealthAssessment_OnThe20thWorkingDay_IsInTime_OnThe21st_IsNot(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Looked after from Thursday 26 March 2026: with Good Friday and Easter Monday not counted, Monday 27 April is
        // the 20th working day.
        DateOnly start = D(2026, 3, 26);
        var on = j.Child("ON");
        j.Care(on, start);
        j.Health(on, D(2026, 4, 27), HealthAssessmentKind.Initial);
        var over = j.Child("OVER");
        j.Care(over, start);
        j.Health(over, D(2026, 4, 28), HealthAssessmentKind.Initial);
        j.Care(j.Child("NONE"), start);
        // Left on the 20th working day without one: not yet overdue, not counted. Left the day after: counted.
        j.Care(j.Child("LEFTON20"), start, D(2026, 4, 27));
        j.Care(j.Child("LEFTON21"), start, D(2026, 4, 28));
        var shortStay = j.Child("SHORTDONE");
        j.Care(shortStay, start, D(2026, 4, 1));
        j.Health(shortStay, D(2026, 3, 30), HealthAssessmentKind.Initial);
        // Only an initial assessment done for this period of care counts.
        var reviewKind = j.Child("REVIEWKIND");
        j.Care(reviewKind, start);
        j.Health(reviewKind, D(2026, 4, 1), HealthAssessmentKind.Review);
        var before = j.Child("BEFORE");
        j.Care(before, D(2025, 1, 5), D(2025, 6, 1));
        j.Health(before, D(2025, 1, 20), HealthAssessmentKind.Initial);
        j.Care(before, D(2026, 3, 31));
        var february = j.Child("FEB");
        j.Care(february, D(2026, 2, 27));

        var rows = await j.RowsAsync(new ClaIha20Wd(), Month(2026, 3));
        IndicatorValue value = await j.ComputeAsync(new ClaIha20Wd(), Month(2026, 3));

        Assert.Equal(
        [
            ("BEFORE", false), ("LEFTON21", false), ("NONE", false), ("ON", true), ("OVER", false), ("REVIEWKIND", false), ("SHORTDONE", true),
        ], rows);
        Assert.Equal((2L, (long?)7), (value.Numerator, value.Denominator));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Setting_ChangesTheWorkingDays(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        var over = j.Child("OVER");
        j.Care(over, D(2026, 3, 26));
        j.Health(over, D(2026, 4, 28), HealthAssessmentKind.Initial);

        IndicatorValue statutory = await j.ComputeAsync(new ClaIha20Wd(), Month(2026, 3));
        IndicatorValue local = await j.ComputeAsync(new ClaIha20Wd(), Month(2026, 3), new IndicatorSettings { Timescales = new StatutoryTimescales { InitialHealthAssessmentWorkingDays = 21 } });

        Assert.Equal((0L, 1L), (statutory.Numerator, statutory.Denominator!.Value));
        Assert.Equal((1L, 1L), (local.Numerator, local.Denominator!.Value));
    }
}
