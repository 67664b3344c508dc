using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ReferralsToAssessmentTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ReferralsInThePeriodWithAnAssessmentInTheirEpisode(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Assessment(j.Referral(j.Child("ASSESSED"), D(2026, 5, 31)), D(2026, 6, 2), null);
        j.Referral(j.Child("NOT"), D(2026, 5, 1));
        j.Assessment(j.Referral(j.Child("APRIL"), D(2026, 4, 30)), D(2026, 5, 2), null);

        IndicatorValue value = await j.ComputeAsync(new ReferralsToAssessment(), Month(2026, 5));

        Assert.Equal((1, 2L), (value.Numerator, value.Denominator!.Value));
    }
}
