using OpenCsc.Calendar;
using OpenCsc.ChildInNeed;
using OpenCsc.FrontDoor;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Infrastructure;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Indicators.Definitions;

public sealed class ContactDecision1WdTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CountsWorkingDaysAfterTheDayOfReceipt_SkippingWeekendsAndBankHolidays(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        // Friday 1 May 2026 to Tuesday 5 May: Monday 4 May is a bank holiday, so 1 working day. In time.
        j.Contact(j.Child("A"), T(2026, 5, 1, 10), T(2026, 5, 5, 9), ContactOutcome.Referral);
        // Thursday 7 May to Friday 8 May: 1 working day. In time.
        j.Contact(j.Child("B"), T(2026, 5, 7, 16), T(2026, 5, 8, 9), ContactOutcome.Referral);
        // Thursday 7 May to Monday 11 May: Friday and Monday, 2 working days. Late.
        j.Contact(j.Child("C"), T(2026, 5, 7, 10), T(2026, 5, 11, 9), ContactOutcome.Referral);
        // Saturday 9 May to Monday 11 May: 1 working day. In time.
        j.Contact(j.Child("D"), T(2026, 5, 9, 10), T(2026, 5, 11, 17), ContactOutcome.NoFurtherAction);
        // Wednesday 29 April to Friday 1 May: 2 working days. Late, and decided in May.
        j.Contact(j.Child("E"), T(2026, 4, 29, 10), T(2026, 5, 1, 9), ContactOutcome.EarlyHelp);
        // Decided in June, or not yet decided: not in May's figure.
        j.Contact(j.Child("F"), T(2026, 5, 29, 10), T(2026, 6, 1, 9), ContactOutcome.Referral);
        j.Contact(j.Child("G"), T(2026, 5, 5, 10));

        var rows = await j.RowsAsync(new ContactDecision1Wd(), Month(2026, 5));
        IndicatorValue value = await j.ComputeAsync(new ContactDecision1Wd(), Month(2026, 5));

        Assert.Equal([("A", true), ("B", true), ("C", false), ("D", true), ("E", false)], rows);
        Assert.Equal((3, 5L), (value.Numerator, value.Denominator!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task TheStandardIsASetting(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Contact(j.Child("C"), T(2026, 5, 7, 10), T(2026, 5, 11, 9), ContactOutcome.Referral);

        IndicatorValue value = await j.ComputeAsync(new ContactDecision1Wd(), Month(2026, 5), new IndicatorSettings { Timescales = new StatutoryTimescales { ContactDecisionWorkingDays = 2 } });

        Assert.Equal((1, 1L), (value.Numerator, value.Denominator!.Value));
    }
}
