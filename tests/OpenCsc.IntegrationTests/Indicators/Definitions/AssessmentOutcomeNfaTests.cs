using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class AssessmentOutcomeNfaTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AuthorisedAssessmentsEndingInNoFurtherAction(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Assessment(j.Referral(j.Child("NFA"), D(2026, 5, 1)), D(2026, 5, 1), D(2026, 6, 1), AssessmentOutcome.NoFurtherAction);
        j.Assessment(j.Referral(j.Child("CIN"), D(2026, 5, 1)), D(2026, 5, 1), D(2026, 6, 30), AssessmentOutcome.ChildInNeedPlan);
        j.Assessment(j.Referral(j.Child("NFAMAY"), D(2026, 5, 1)), D(2026, 5, 1), D(2026, 5, 31), AssessmentOutcome.NoFurtherAction);

        IndicatorValue value = await j.ComputeAsync(new AssessmentOutcomeNfa(), Month(2026, 6));

        Assert.Equal((1, 2L, 0.5), (value.Numerator, value.Denominator!.Value, value.Value!.Value));
    }
}
