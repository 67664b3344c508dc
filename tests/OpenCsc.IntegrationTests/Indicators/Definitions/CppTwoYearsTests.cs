using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class CppTwoYearsTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Ended_TwoYearsToTheDayCounts_ADayLessDoesNot(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Plan(j.Child("EXACT"), D(2024, 5, 10), D(2026, 5, 10));
        j.Plan(j.Child("SHORT"), D(2024, 5, 11), D(2026, 5, 10));
        j.Plan(j.Child("LEAPSHORT"), D(2024, 2, 29), D(2026, 2, 28));
        j.Plan(j.Child("LEAPLONG"), D(2024, 2, 29), D(2026, 3, 1));

        var may = await j.RowsAsync(new Cpp2YearsEnded(), Month(2026, 5));
        var february = await j.RowsAsync(new Cpp2YearsEnded(), Month(2026, 2));
        var march = await j.RowsAsync(new Cpp2YearsEnded(), Month(2026, 3));

        Assert.Equal([("EXACT", true), ("SHORT", false)], may);
        Assert.Equal([("LEAPSHORT", false)], february);
        Assert.Equal([("LEAPLONG", true)], march);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Open_PlansOpenAtTheEndThatStartedTwoYearsBefore(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Plan(j.Child("TWOYEARS"), D(2024, 5, 31));
        j.Plan(j.Child("ADAYSHORT"), D(2024, 6, 1));
        j.Plan(j.Child("ENDED"), D(2024, 1, 1), D(2026, 5, 31));

        IndicatorValue value = await j.ComputeAsync(new Cpp2YearsOpen(), Month(2026, 5));
        var rows = await j.RowsAsync(new Cpp2YearsOpen(), Month(2026, 5));

        Assert.Equal(1, value.Numerator);
        Assert.Equal([("TWOYEARS", true)], rows);
    }
}
