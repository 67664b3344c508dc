using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ContactsToReferralTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CountsContactsReceivedInTheMonth_FromMidnightToMidnight(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Contact(j.Child("FIRST"), T(2026, 5, 1, 0, 0), T(2026, 5, 1, 10), ContactOutcome.Referral);
        j.Contact(j.Child("LAST"), T(2026, 5, 31, 23, 59), T(2026, 6, 1, 10), ContactOutcome.NoFurtherAction);
        j.Contact(j.Child("MID"), T(2026, 5, 15), null, ContactOutcome.EarlyHelp);
        j.Contact(j.Child("APRIL"), T(2026, 4, 30, 23, 59), T(2026, 5, 1, 9), ContactOutcome.Referral);
        j.Contact(j.Child("JUNE"), T(2026, 6, 1, 0, 0), T(2026, 6, 1, 9), ContactOutcome.Referral);

        IndicatorValue value = await j.ComputeAsync(new ContactsToReferral(), Month(2026, 5));

        // Received in May: FIRST (referral), LAST, MID. 1 of 3.
        Assert.Equal((1, 3L), (value.Numerator, value.Denominator!.Value));
        Assert.Equal(1.0 / 3, value.Value!.Value, 10);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task NoContacts_HasNoValue(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);

        IndicatorValue value = await j.ComputeAsync(new ContactsToReferral(), Month(2026, 5));

        Assert.Equal((0L, (long?)0, (double?)null), (value.Numerator, value.Denominator, value.Value));
    }
}
