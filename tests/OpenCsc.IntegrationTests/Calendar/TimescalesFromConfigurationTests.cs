using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Definitions;
using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Trackers;
using OpenCsc.IntegrationTests.Web;
using OpenCsc.Trackers;
using OpenCsc.Web.Recording;
using Xunit;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Calendar;

/// <summary>
/// A local assessment standard of 40 working days, set in configuration, changes the tracker, the indicator and the
/// page alike. Working days from Monday 2 March 2026: 3-6 March (4), 9-13 (9), 16-20 (14), 23-27 (19), 30-31 (21),
/// 1-2 April (23), Good Friday 3 and Easter Monday 6 April off, 7-10 (27), 13-17 (32), 20-24 (37), 27 (38), 28 (39),
/// Wednesday 29 April (40), Thursday 30 April (41); 1 May (42), 4 May a bank holiday, 5, 6, 7 May (45).
/// </summary>
public sealed class TimescalesFromConfigurationTests(PostgresServer postgres)
{
    private static readonly DateOnly Started = D(2026, 3, 2);

    private static readonly DateOnly FortyOneDaysOn = D(2026, 4, 30);

    private static TimescalesProvider Configured(params (string Key, string Value)[] settings) =>
        RecordingServices.Timescales(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    private static TimescalesProvider FortyWorkingDays => Configured(("Timescales:AssessmentWorkingDays", "40"));

    [Fact]
    public void Configuration_sets_the_timescales_and_the_closure_days()
    {
        TimescalesProvider provider = Configured(("Timescales:AssessmentWorkingDays", "40"), ("Timescales:CpVisitWorkingDays", "8"),
            ("Calendar:LocalClosureDays:0", "2026-12-24"), ("Calendar:LocalClosureDays:1", "2026-12-31"));

        TimescalesInForce inForce = provider.Apply([]);

        Assert.Equal((40, 8, 15), (inForce.Timescales.AssessmentWorkingDays, inForce.Timescales.CpVisitWorkingDays, inForce.Timescales.IcpcWorkingDays));
        Assert.Equal([D(2026, 12, 24), D(2026, 12, 31)], inForce.Calendar.LocalClosureDays);
        Assert.Throws<InvalidOperationException>(() => Configured(("Calendar:LocalClosureDays:0", "24/12/2026")));
        Assert.Throws<InvalidOperationException>(() => Configured(("Timescales:AssessmentWorkingDays", "0")));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task An_assessment_started_41_working_days_ago_is_overdue_with_40_and_not_with_45(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Assessment(j.Referral(j.Child("OPEN41"), Started), Started, null);

        TrackerList statutory = await j.TrackAsync(new AssessmentsDue(), FortyOneDaysOn);
        TrackerList forty = await j.TrackAsync(new AssessmentsDue(), FortyOneDaysOn, inForce: FortyWorkingDays.Apply([]));

        Assert.Equal(["OPEN41|Assessment|2026-05-07|DueSoon|0"], statutory.Lines());
        Assert.Equal(["OPEN41|Assessment|2026-04-29|Overdue|1"], forty.Lines());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_assessment_indicator_counts_an_assessment_authorised_on_the_41st_working_day_only_with_45(Engine engine)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, engine);
        j.Assessment(j.Referral(j.Child("AUTH40"), Started), Started, D(2026, 4, 29));
        j.Assessment(j.Referral(j.Child("AUTH41"), Started), Started, FortyOneDaysOn);

        IndicatorValue statutory = await j.ComputeAsync(new Assessments45Wd(), Month(2026, 4));
        IndicatorValue forty = await j.ComputeAsync(new Assessments45Wd(), Month(2026, 4), IndicatorSettings.With(FortyWorkingDays.Apply([])));

        Assert.Equal((2L, 2L), (statutory.Numerator, statutory.Denominator));
        Assert.Equal((1L, 2L), (forty.Numerator, forty.Denominator));
        Assert.StartsWith("Authorised no more than 40 working days", new Assessments45Wd().Timescale(IndicatorSettings.With(FortyWorkingDays.Apply([]))), StringComparison.Ordinal);
    }

    /// <summary>
    /// The tracker page as at Monday 15 June 2026 for an assessment started Wednesday 15 April: 16, 17 April (2), 20-24
    /// (7), 27-30 (11), 1 May (12), 5-8 (16), 11-15 (21), 18-22 (26), 25 May a bank holiday, 26-29 (30), 1-5 June (35),
    /// 8-12 (40), 15 June (41). Due Friday 12 June with 40, Friday 19 June with 45.
    /// </summary>
    [Fact]
    public async Task The_tracker_page_states_the_due_date_by_the_configured_standard()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Journeys j = Journeys.Over(app.Settings);
        await using (j)
        {
            j.Assessment(j.Referral(j.Child("WEB41"), D(2026, 4, 15)), D(2026, 4, 15), null);
            await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        HttpClient client = app.Start(services =>
        {
            services.RemoveAll<TimescalesProvider>();
            services.AddSingleton(FortyWorkingDays);
            services.AddSingleton<OpenCsc.Web.IDemoSeeder>(new NoDemo());
        });

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/trackers/assessments");

        IElement row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal("12 June 2026", row.QuerySelector("[data-field='due']")?.TextContent.Trim());
        Assert.Equal("Overdue", row.QuerySelector("[data-field='state'] .govuk-tag")?.TextContent.Trim());
        Assert.Contains("due 40 working days after they started", page.QuerySelector("#rule")?.TextContent, StringComparison.Ordinal);
    }

    private sealed class NoDemo : OpenCsc.Web.IDemoSeeder
    {
        public Task SeedAsync(OpenCsc.Data.DatabaseSettings settings, CancellationToken ct) => Task.CompletedTask;
    }
}
