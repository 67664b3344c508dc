using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class Assessments45WdTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AuthorisedOnThe45thWorkingDay_IsInTime_OnThe46th_IsLate(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // From Friday 27 March 2026: 30-31 March (2), April (22 weekdays less Good Friday and Easter Monday: 20),
        // May (21 weekdays less 4 and 25 May: 19), 1-4 June (4) = 45 working days to Thursday 4 June.
        j.Assessment(j.Referral(j.Child("DAY45"), D(2026, 3, 26)), D(2026, 3, 27), D(2026, 6, 4), AssessmentOutcome.NoFurtherAction);
        j.Assessment(j.Referral(j.Child("DAY46"), D(2026, 3, 26)), D(2026, 3, 27), D(2026, 6, 5), AssessmentOutcome.ChildInNeedPlan);
        j.Assessment(j.Referral(j.Child("QUICK"), D(2026, 6, 1)), D(2026, 6, 1), D(2026, 6, 30), AssessmentOutcome.NoFurtherAction);
        j.Assessment(j.Referral(j.Child("OPEN"), D(2026, 6, 1)), D(2026, 6, 1), null);
        j.Assessment(j.Referral(j.Child("JULY"), D(2026, 6, 1)), D(2026, 6, 1), D(2026, 7, 1));

        var rows = await j.RowsAsync(new Assessments45Wd(), Month(2026, 6));

        Assert.Equal([("DAY45", true), ("DAY46", false), ("QUICK", true)], rows);
    }
}
