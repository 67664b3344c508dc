using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ClaReviewParticipationTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ReviewsOfChildrenAgedFourOrOver_WithPN1ToPN6AsTakingPart(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Born 15 May 2022: 3 on 14 May 2026 (left out), 4 on the 15th.
        var turning = j.Child("TURNS4", D(2022, 5, 15));
        j.Review(turning, D(2026, 5, 14), "PN0");
        j.Review(turning, D(2026, 5, 15), "PN1");
        j.Review(j.Child("PN4", D(2015, 1, 1)), D(2026, 5, 1), "PN4");
        j.Review(j.Child("PN6", D(2015, 1, 1)), D(2026, 5, 31), "PN6");
        j.Review(j.Child("PN7", D(2015, 1, 1)), D(2026, 5, 20), "PN7");
        j.Review(j.Child("NOCODE", D(2015, 1, 1)), D(2026, 5, 20), null);
        j.Review(j.Child("APRIL", D(2015, 1, 1)), D(2026, 4, 30), "PN1");
        j.Review(j.Child("JUNE", D(2015, 1, 1)), D(2026, 6, 1), "PN1");
        // No date of birth: the code says whether the child was under 4.
        var unknown = j.Child("NODOB0");
        unknown.DateOfBirth = null;
        j.Review(unknown, D(2026, 5, 10), "PN0");
        var unknownOlder = j.Child("NODOB3");
        unknownOlder.DateOfBirth = null;
        j.Review(unknownOlder, D(2026, 5, 10), "PN3");

        var rows = await j.RowsAsync(new ClaReviewParticipation(), Month(2026, 5));
        IndicatorValue value = await j.ComputeAsync(new ClaReviewParticipation(), Month(2026, 5));

        Assert.Equal([("NOCODE", false), ("NODOB3", true), ("PN4", true), ("PN6", true), ("PN7", false), ("TURNS4", true)], rows);
        Assert.Equal((4L, (long?)6), (value.Numerator, value.Denominator));
    }
}
