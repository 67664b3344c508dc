using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Security;

/// <summary>
/// Every route, for every role and for a signed-out visitor, against a child in the role's scope (INSCOPE: allocated to
/// the social worker in Team A, reviewed by the IRO), one out of it (OUTSCOPE: Team B, another service) and a
/// restricted one (RESTRICTED: allocated to the same social worker, but nobody is named on it). Each answer's status is
/// the matrix's, and a child's name appears in a response only where the role may see that child. A route the app has
/// that the matrix does not name fails the test.
/// </summary>
public sealed class AuthorisationMatrixTests
{
    private const string InScope = "Inscopename";
    private const string OutScope = "Outscopename";
    private const string Restricted = "Restrictedname";

    private static readonly StaffRole[] Everyone = Enum.GetValues<StaffRole>();

    private static readonly StaffRole[] SeeChildren =
    [
        StaffRole.SocialWorker, StaffRole.TeamManager, StaffRole.HeadOfService, StaffRole.MashWorker,
        StaffRole.IndependentReviewingOfficer, StaffRole.PerformanceAnalyst, StaffRole.QaAuditor,
    ];

    private static readonly StaffRole[] SeeEveryRecord = [StaffRole.PerformanceAnalyst, StaffRole.QaAuditor];

    private static readonly StaffRole[] Analysts = [StaffRole.PerformanceAnalyst];

    private static readonly StaffRole[] Recorders =
    [
        StaffRole.SocialWorker, StaffRole.TeamManager, StaffRole.HeadOfService, StaffRole.MashWorker, StaffRole.IndependentReviewingOfficer,
    ];

    /// <summary>The routes as the app declares them, each with the pages that exercise it.</summary>
    private static readonly Dictionary<string, string[]> Routes = new()
    {
        ["/"] = ["/"],
        ["admin/accounts"] = ["/admin/accounts"],
        ["admin/accounts/new"] = ["/admin/accounts/new"],
        ["admin/accounts/{id:long}"] = ["/admin/accounts/{account}"],
        ["admin/timescales"] = ["/admin/timescales"],
        ["audit"] = ["/audit", "/audit?child={in}"],
        ["break-glass"] = ["/break-glass", "/break-glass?reviewed=true"],
        ["caseload"] = ["/caseload"],
        ["children"] = ["/children", "/children?q=child"],
        ["children/{id:long}"] = ["/children/{in}", "/children/{out}", "/children/{restricted}"],
        ["children/{id:long}/allocation"] = ["/children/{in}/allocation", "/children/{out}/allocation", "/children/{restricted}/allocation"],
        ["children/{id:long}/assessments/new"] = ["/children/{in}/assessments/new", "/children/{out}/assessments/new", "/children/{restricted}/assessments/new"],
        ["children/{id:long}/assessments/{assessment:long}/authorise"] = ["/children/{in}/assessments/{inassessment}/authorise", "/children/{out}/assessments/{outassessment}/authorise"],
        ["children/{id:long}/cin-plans/new"] = ["/children/{in}/cin-plans/new", "/children/{out}/cin-plans/new", "/children/{restricted}/cin-plans/new"],
        ["children/{id:long}/cin-plans/{plan:long}/end"] = ["/children/{in}/cin-plans/{incin}/end", "/children/{out}/cin-plans/{outcin}/end", "/children/{restricted}/cin-plans/{restrictedcin}/end"],
        ["children/{id:long}/cp-plans/{plan:long}/core-groups/new"] = ["/children/{in}/cp-plans/{incp}/core-groups/new", "/children/{out}/cp-plans/{outcp}/core-groups/new", "/children/{restricted}/cp-plans/{restrictedcp}/core-groups/new"],
        ["children/{id:long}/cp-plans/{plan:long}/end"] = ["/children/{in}/cp-plans/{incp}/end", "/children/{out}/cp-plans/{outcp}/end", "/children/{restricted}/cp-plans/{restrictedcp}/end"],
        ["children/{id:long}/cp-plans/{plan:long}/reviews/new"] = ["/children/{in}/cp-plans/{incp}/reviews/new", "/children/{out}/cp-plans/{outcp}/reviews/new", "/children/{restricted}/cp-plans/{restrictedcp}/reviews/new"],
        ["children/{id:long}/section-47/new"] = ["/children/{in}/section-47/new", "/children/{out}/section-47/new", "/children/{restricted}/section-47/new"],
        ["children/{id:long}/section-47/{enquiry:long}/outcome"] = ["/children/{in}/section-47/{ins47}/outcome", "/children/{out}/section-47/{outs47}/outcome", "/children/{restricted}/section-47/{restricteds47}/outcome"],
        ["children/{id:long}/break-glass"] = ["/children/{in}/break-glass", "/children/{out}/break-glass", "/children/{restricted}/break-glass"],
        ["children/{id:long}/looked-after/end"] = ["/children/{in}/looked-after/end", "/children/{out}/looked-after/end", "/children/{restricted}/looked-after/end"],
        ["children/{id:long}/looked-after/change"] = ["/children/{in}/looked-after/change", "/children/{out}/looked-after/change", "/children/{restricted}/looked-after/change"],
        ["children/{id:long}/looked-after/health-assessments/new"] = ["/children/{in}/looked-after/health-assessments/new", "/children/{out}/looked-after/health-assessments/new", "/children/{restricted}/looked-after/health-assessments/new"],
        ["children/{id:long}/looked-after/reviews/new"] = ["/children/{in}/looked-after/reviews/new", "/children/{out}/looked-after/reviews/new", "/children/{restricted}/looked-after/reviews/new"],
        ["children/{id:long}/looked-after/start"] = ["/children/{in}/looked-after/start", "/children/{out}/looked-after/start", "/children/{restricted}/looked-after/start"],
        ["children/{id:long}/missing/new"] = ["/children/{in}/missing/new", "/children/{out}/missing/new", "/children/{restricted}/missing/new"],
        ["children/{id:long}/missing/{episode:long}/return-home-interview"] =
            ["/children/{in}/missing/{inmissing}/return-home-interview", "/children/{out}/missing/{outmissing}/return-home-interview", "/children/{restricted}/missing/{inmissing}/return-home-interview"],
        ["children/{id:long}/strategy-discussions/new"] = ["/children/{in}/strategy-discussions/new", "/children/{out}/strategy-discussions/new", "/children/{restricted}/strategy-discussions/new"],
        ["children/{id:long}/visits/new"] = ["/children/{in}/visits/new", "/children/{out}/visits/new", "/children/{restricted}/visits/new"],
        ["dashboard"] = ["/dashboard"],
        ["data-quality"] = ["/data-quality"],
        ["data-quality/{rule}"] = ["/data-quality/191"],
        ["dashboard/comparators"] = ["/dashboard/comparators"],
        ["dashboard/summary"] = ["/dashboard/summary"],
        ["dashboard/targets"] = ["/dashboard/targets"],
        ["dashboard/{code}"] = ["/dashboard/ASSESSMENTS_45WD"],
        ["dashboard/{code}/children"] = ["/dashboard/ASSESSMENTS_45WD/children"],
        ["errors/{code:int}"] = ["/errors/404"],
        ["front-door"] = ["/front-door"],
        ["front-door/contacts/new"] = ["/front-door/contacts/new", "/front-door/contacts/new?child={in}", "/front-door/contacts/new?child={out}", "/front-door/contacts/new?child={restricted}"],
        ["front-door/contacts/{contact:long}/decision"] = ["/front-door/contacts/{incontact}/decision", "/front-door/contacts/{outcontact}/decision", "/front-door/contacts/{restrictedcontact}/decision"],
        ["returns"] = ["/returns"],
        ["returns/download/{kind}"] = ["/returns/download/cin-census"],
        ["returns/imports/{id}"] = ["/returns/imports/0123456789abcdef0123456789abcdef"],
        ["sign-in"] = ["/sign-in"],
        ["supervision"] = ["/supervision"],
        ["supervision/{worker:long}/new"] = ["/supervision/{inworker}/new", "/supervision/{outworker}/new"],
        ["sign-out"] = ["/sign-out"],
        ["trackers"] = ["/trackers"],
        ["trackers/{slug}"] = ["/trackers/visits", "/trackers/visits?handler=csv"],
    };

    [Fact]
    public async Task EveryRoute_ForEveryRole_AnswersAsTheMatrixSays_AndNamesOnlyChildrenInScope()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Fixture f = await Fixture.InsertAsync(app);
        HttpClient anonymous = app.StartWithoutDemo(signInAs: null);

        var declared = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => string.IsNullOrEmpty(e.RoutePattern.RawText) ? "/" : e.RoutePattern.RawText).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Routes.Keys.Order(StringComparer.Ordinal), declared);

        var failures = new List<string>();
        var clients = new Dictionary<StaffRole, HttpClient>();
        foreach (StaffRole role in Everyone)
        {
            clients[role] = await app.ClientAsync(role, f.WorkerFor(role));
        }

        foreach (string template in Routes.Values.SelectMany(u => u))
        {
            string url = f.Url(template);
            (HttpStatusCode anonymousStatus, _) = await GetAsync(anonymous, url);
            HttpStatusCode expectedAnonymous = template is "/sign-in" ? HttpStatusCode.OK : template is "/errors/404" ? HttpStatusCode.NotFound : HttpStatusCode.Redirect;
            if (anonymousStatus != expectedAnonymous)
            {
                failures.Add($"signed out GET {template}: {(int)anonymousStatus}, expected {(int)expectedAnonymous}");
            }

            foreach (StaffRole role in Everyone)
            {
                (HttpStatusCode status, string body) = await GetAsync(clients[role], url);
                HttpStatusCode expected = Expected(template, role);
                if (status != expected)
                {
                    failures.Add($"{role} GET {template}: {(int)status}, expected {(int)expected}");
                }

                foreach ((string name, bool mayShow) in new[] { (InScope, MaySee(role, "in")), (OutScope, MaySee(role, "out")), (Restricted, false) })
                {
                    if (!mayShow && body.Contains(name, StringComparison.Ordinal))
                    {
                        failures.Add($"{role} GET {template}: shows {name}, a child out of scope");
                    }
                }

                if (status == HttpStatusCode.OK && (template is "/children?q=child" or "/trackers/visits" or "/dashboard/ASSESSMENTS_45WD/children"
                    || (template is "/caseload" && role == StaffRole.SocialWorker))
                    && MaySee(role, "in") && !body.Contains(InScope, StringComparison.Ordinal))
                {
                    failures.Add($"{role} GET {template}: does not show {InScope}, a child in scope");
                }
            }
        }

        // Forms that change things refuse everyone but their role, before reading the form.
        foreach (StaffRole role in Everyone.Except(Analysts))
        {
            using var response = await clients[role].PostAsync("/dashboard/targets", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["code"] = "ASSESSMENTS_45WD",
                ["value"] = "10",
                ["reason"] = "no",
            }), TestContext.Current.CancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.BadRequest))
            {
                failures.Add($"{role} POST /dashboard/targets: {(int)response.StatusCode}, expected 403 (or 400 without a token)");
            }
        }

        foreach (StaffRole role in Everyone.Except([StaffRole.TeamManager, StaffRole.HeadOfService]))
        {
            using var response = await clients[role].PostAsync("/break-glass", new FormUrlEncodedContent(new Dictionary<string, string> { ["access"] = "1" }), TestContext.Current.CancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.BadRequest))
            {
                failures.Add($"{role} POST /break-glass: {(int)response.StatusCode}, expected 403 (or 400 without a token)");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>
    /// Every route of the matrix, for every role: a response that shows a child (their name or LA child id is in it)
    /// wrote an audit entry, for that request, naming the person and that child; a refused request for a child's record
    /// (403) wrote a Refused entry naming the person and that child; no other entry was written for a GET. The
    /// pages about the child in scope, and the lists of children, must each have shown that child to someone, so the
    /// check is not vacuous: a new route showing a child without declaring it (see ShownChildren) fails here, and a
    /// route the matrix does not name fails above.
    /// </summary>
    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public async Task EveryRoute_ThatShowsAChild_RecordsWhoSawWhichChild_AndEveryRefusalIsRecorded()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        Fixture f = await Fixture.InsertAsync(app);
        HttpClient anonymous = app.StartWithoutDemo(signInAs: null);
        var people = new Dictionary<StaffRole, (HttpClient Client, string UserName)>();
        foreach (StaffRole role in Everyone)
        {
            HttpClient client = app.NewClient();
            people[role] = (client, await app.SignInAsync(client, role, f.WorkerFor(role)));
        }

        var children = new (string Which, long Id, string Name)[]
        {
            ("in", long.Parse(f.In, CultureInfo.InvariantCulture), InScope),
            ("out", long.Parse(f.Out, CultureInfo.InvariantCulture), OutScope),
            ("restricted", long.Parse(f.Restricted, CultureInfo.InvariantCulture), Restricted),
        };
        var failures = new List<string>();
        var sawInScope = new HashSet<string>(StringComparer.Ordinal);
        long last = await LastEntryAsync(app);
        foreach (string template in Routes.Values.SelectMany(u => u))
        {
            string url = f.Url(template);
            await GetAsync(anonymous, url);
            List<AuditEntry> entries = await EntriesAfterAsync(app, last);
            last = entries.Count > 0 ? entries[^1].Sequence : last;
            if (entries.Count > 0)
            {
                failures.Add($"signed out GET {template}: recorded {string.Join(", ", entries.Select(e => e.Action))}");
            }

            foreach (StaffRole role in Everyone)
            {
                (HttpClient client, string userName) = people[role];
                (HttpStatusCode status, string body) = await GetAsync(client, url);
                entries = await EntriesAfterAsync(app, last);
                last = entries.Count > 0 ? entries[^1].Sequence : last;
                string request = $"{role} GET {template} ({(int)status})";
                if (entries.FirstOrDefault(e => e.UserName != userName) is { } other)
                {
                    failures.Add($"{request}: entry {other.Sequence} names {other.UserName}, not {userName}");
                }

                List<AuditEntry> views = [.. entries.Where(e => e.Action is AuditAction.View or AuditAction.Export)];
                List<AuditEntry> refusals = [.. entries.Where(e => e.Action == AuditAction.Refused)];
                foreach ((string which, long id, string name) in children)
                {
                    bool shows = status == HttpStatusCode.OK && body.Contains(name, StringComparison.OrdinalIgnoreCase);
                    bool recorded = views.Any(e => Names(e, id));
                    if (shows && !recorded)
                    {
                        failures.Add($"{request}: shows {name} but no View or Export entry names them");
                    }
                    else if (!shows && recorded && !template.EndsWith("handler=csv", StringComparison.Ordinal))
                    {
                        failures.Add($"{request}: records a view of {name}, who is not shown");
                    }

                    if (shows && which == "in")
                    {
                        sawInScope.Add(template);
                    }
                }

                long? asked = AskedChild(template) is { } about ? children.Single(c => c.Which == about).Id : null;
                if (status == HttpStatusCode.Forbidden && asked is { } childId && !refusals.Any(e => e.ChildId == childId))
                {
                    failures.Add($"{request}: refused, but no Refused entry names the child asked for ({childId})");
                }
                else if ((status != HttpStatusCode.Forbidden || asked is null) && refusals.Count > 0)
                {
                    failures.Add($"{request}: a Refused entry, for a request that is not a refused one for a child's record");
                }
            }
        }

        string[] mustShowInScope =
        [
            .. Routes.Values.SelectMany(u => u).Where(t => t.StartsWith("/children/{in}", StringComparison.Ordinal) && !t.EndsWith("/break-glass", StringComparison.Ordinal)),
            "/audit?child={in}", "/caseload", "/children?q=child", "/dashboard/ASSESSMENTS_45WD/children", "/data-quality/191", "/front-door",
            "/front-door/contacts/new?child={in}", "/front-door/contacts/{incontact}/decision", "/supervision/{inworker}/new", "/trackers/visits",
            "/trackers/visits?handler=csv",
        ];
        failures.AddRange(mustShowInScope.Where(t => !sawInScope.Contains(t)).Select(t => $"GET {t}: showed {InScope} to nobody, so its audit entry went unchecked"));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Whether the entry names the child: in its child column, or in the list of a page that listed several.</summary>
    private static bool Names(AuditEntry entry, long childId) =>
        entry.ChildId == childId || (entry.ChildId is null && entry.Details is { } details && AuditEvent.ListedChildPatterns(childId).Any(p => details.Contains(p, StringComparison.Ordinal)));

    /// <summary>Which child a page about one child is about ("in", "out" or "restricted"), or null for other pages.</summary>
    private static string? AskedChild(string template) =>
        !template.StartsWith("/children/", StringComparison.Ordinal) && !template.StartsWith("/front-door/", StringComparison.Ordinal) ? null
        : template.Contains("{restricted", StringComparison.Ordinal) ? "restricted"
        : template.Contains("{out}", StringComparison.Ordinal) || template.Contains("{outcontact}", StringComparison.Ordinal) ? "out"
        : template.Contains("{in}", StringComparison.Ordinal) || template.Contains("{incontact}", StringComparison.Ordinal) ? "in"
        : null;

    private static async Task<long> LastEntryAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, TestContext.Current.CancellationToken) ?? 0;
    }

    private static async Task<List<AuditEntry>> EntriesAfterAsync(WebTestApp app, long sequence)
    {
        await using AppDbContext db = app.OpenContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > sequence).OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static HttpStatusCode Expected(string template, StaffRole role)
    {
        bool sees = SeeChildren.Contains(role);
        HttpStatusCode Allowed(bool allowed) => allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        return template switch
        {
            "/" or "/dashboard" or "/dashboard/summary" or "/dashboard/ASSESSMENTS_45WD" or "/sign-in" => HttpStatusCode.OK,
            "/errors/404" => HttpStatusCode.NotFound,
            "/audit" or "/audit?child={in}" => Allowed(role == StaffRole.QaAuditor),
            "/admin/accounts" or "/admin/accounts/new" or "/admin/accounts/{account}" or "/admin/timescales" => Allowed(role == StaffRole.SystemAdministrator),
            "/break-glass" or "/break-glass?reviewed=true" => Allowed(role is StaffRole.TeamManager or StaffRole.HeadOfService or StaffRole.QaAuditor),
            "/children/{in}/break-glass" => Recorders.Contains(role) ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden,
            "/children/{out}/break-glass" or "/children/{restricted}/break-glass" => Allowed(Recorders.Contains(role)),
            "/sign-out" => HttpStatusCode.Redirect,
            "/children" or "/children?q=child" or "/trackers" or "/trackers/visits" or "/trackers/visits?handler=csv" or "/dashboard/ASSESSMENTS_45WD/children" => Allowed(sees),
            "/children/{in}" => Allowed(sees),
            "/caseload" => Allowed(Recorders.Contains(role)),
            "/front-door" => Allowed(sees),
            "/front-door/contacts/new" or "/front-door/contacts/new?child={in}" => Allowed(Recorders.Contains(role)),
            "/front-door/contacts/new?child={out}" or "/front-door/contacts/new?child={restricted}" => HttpStatusCode.Forbidden,
            "/front-door/contacts/{incontact}/decision" => Allowed(role is StaffRole.MashWorker or StaffRole.TeamManager or StaffRole.HeadOfService),
            "/front-door/contacts/{outcontact}/decision" or "/front-door/contacts/{restrictedcontact}/decision" => HttpStatusCode.Forbidden,
            "/supervision" => Allowed(role is StaffRole.TeamManager or StaffRole.HeadOfService),
            "/supervision/{inworker}/new" => Allowed(role is StaffRole.TeamManager),
            "/supervision/{outworker}/new" => HttpStatusCode.Forbidden,
            "/children/{in}/assessments/{inassessment}/authorise" => Allowed(role is StaffRole.TeamManager or StaffRole.HeadOfService),
            "/children/{out}/assessments/{outassessment}/authorise" => HttpStatusCode.Forbidden,
            "/children/{in}/allocation" => Allowed(role is StaffRole.TeamManager or StaffRole.HeadOfService),
            "/children/{out}/allocation" or "/children/{restricted}/allocation" => HttpStatusCode.Forbidden,
            "/data-quality" or "/data-quality/191" => Allowed(sees),
            "/children/{out}" => Allowed(SeeEveryRecord.Contains(role)),
            "/children/{restricted}" => HttpStatusCode.Forbidden,
            "/children/{in}/visits/new" or "/children/{in}/strategy-discussions/new" or "/children/{in}/missing/new" => Allowed(Recorders.Contains(role)),
            "/children/{out}/missing/new" or "/children/{restricted}/missing/new" => HttpStatusCode.Forbidden,
            "/children/{in}/assessments/new" => Allowed(Recorders.Contains(role)),
            "/children/{out}/assessments/new" or "/children/{restricted}/assessments/new" => HttpStatusCode.Forbidden,
            "/children/{in}/looked-after/start" or "/children/{in}/looked-after/change" or "/children/{in}/looked-after/end"
                or "/children/{in}/looked-after/reviews/new" or "/children/{in}/looked-after/health-assessments/new"
                or "/children/{in}/missing/{inmissing}/return-home-interview" => Allowed(Recorders.Contains(role)),
            "/children/{out}/looked-after/start" or "/children/{restricted}/looked-after/start" or "/children/{out}/looked-after/change" or "/children/{restricted}/looked-after/change"
                or "/children/{out}/looked-after/end" or "/children/{restricted}/looked-after/end" or "/children/{out}/looked-after/reviews/new"
                or "/children/{restricted}/looked-after/reviews/new" or "/children/{out}/looked-after/health-assessments/new" or "/children/{restricted}/looked-after/health-assessments/new"
                or "/children/{out}/missing/{outmissing}/return-home-interview" or "/children/{restricted}/missing/{inmissing}/return-home-interview" => HttpStatusCode.Forbidden,
            "/children/{in}/section-47/new" or "/children/{in}/section-47/{ins47}/outcome" or "/children/{in}/cin-plans/new" or "/children/{in}/cin-plans/{incin}/end"
                or "/children/{in}/cp-plans/{incp}/reviews/new" or "/children/{in}/cp-plans/{incp}/core-groups/new" or "/children/{in}/cp-plans/{incp}/end" => Allowed(Recorders.Contains(role)),
            "/children/{out}/section-47/new" or "/children/{restricted}/section-47/new" or "/children/{out}/section-47/{outs47}/outcome" or "/children/{restricted}/section-47/{restricteds47}/outcome"
                or "/children/{out}/cin-plans/new" or "/children/{restricted}/cin-plans/new" or "/children/{out}/cin-plans/{outcin}/end" or "/children/{restricted}/cin-plans/{restrictedcin}/end"
                or "/children/{out}/cp-plans/{outcp}/reviews/new" or "/children/{restricted}/cp-plans/{restrictedcp}/reviews/new"
                or "/children/{out}/cp-plans/{outcp}/core-groups/new" or "/children/{restricted}/cp-plans/{restrictedcp}/core-groups/new"
                or "/children/{out}/cp-plans/{outcp}/end" or "/children/{restricted}/cp-plans/{restrictedcp}/end" => HttpStatusCode.Forbidden,
            "/children/{out}/visits/new" or "/children/{restricted}/visits/new" or "/children/{out}/strategy-discussions/new" or "/children/{restricted}/strategy-discussions/new" => HttpStatusCode.Forbidden,
            "/dashboard/comparators" or "/dashboard/targets" or "/returns" or "/returns/download/cin-census" => Allowed(Analysts.Contains(role)),
            "/returns/imports/0123456789abcdef0123456789abcdef" => Analysts.Contains(role) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden,
            _ => throw new InvalidOperationException("No expectation for " + template),
        };
    }

    /// <summary>Whether the role may see the child in scope ("in") or out of scope ("out").</summary>
    private static bool MaySee(StaffRole role, string which) =>
        which == "in" ? SeeChildren.Contains(role) : SeeEveryRecord.Contains(role);

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url)
    {
        using HttpResponseMessage response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private sealed class Fixture
    {
        public string In { get; private init; } = "";

        public string Out { get; private init; } = "";

        public string Restricted { get; private init; } = "";

        public string InAssessment { get; private init; } = "";

        public string OutAssessment { get; private init; } = "";

        /// <summary>A contact awaiting a decision about each child: in scope, out of scope, restricted.</summary>
        public string[] Contacts { get; private init; } = [];

        /// <summary>A worker the team manager supervises (the social worker), and one in another team.</summary>
        public string InWorker { get; private init; } = "";

        public string OutWorker { get; private init; } = "";

        public string InMissing { get; private init; } = "";

        public string OutMissing { get; private init; } = "";

        /// <summary>Each child's section 47 enquiry ({ins47}), child protection plan ({incp}) and child in need plan ({incin}), by placeholder.</summary>
        public Dictionary<string, string> Records { get; } = [];

        /// <summary>An account for the administrator's pages.</summary>
        public string Account { get; private init; } = "";

        private Dictionary<StaffRole, long> Workers { get; } = [];

        public long? WorkerFor(StaffRole role) => Workers.TryGetValue(role, out long id) ? id : null;

        /// <summary>The page's address for a route's template: its placeholders replaced by the fixture's ids.</summary>
        public string Url(string template)
        {
            string url = template.Replace("{in}", In, StringComparison.Ordinal).Replace("{out}", Out, StringComparison.Ordinal)
                .Replace("{restricted}", Restricted, StringComparison.Ordinal).Replace("{account}", Account, StringComparison.Ordinal)
                .Replace("{inassessment}", InAssessment, StringComparison.Ordinal).Replace("{outassessment}", OutAssessment, StringComparison.Ordinal)
                .Replace("{incontact}", Contacts[0], StringComparison.Ordinal).Replace("{outcontact}", Contacts[1], StringComparison.Ordinal)
                .Replace("{restrictedcontact}", Contacts[2], StringComparison.Ordinal)
                .Replace("{inworker}", InWorker, StringComparison.Ordinal).Replace("{outworker}", OutWorker, StringComparison.Ordinal)
                .Replace("{inmissing}", InMissing, StringComparison.Ordinal).Replace("{outmissing}", OutMissing, StringComparison.Ordinal);
            foreach ((string placeholder, string id) in Records)
            {
                url = url.Replace(placeholder, id, StringComparison.Ordinal);
            }

            return url;
        }

        public static async Task<Fixture> InsertAsync(WebTestApp app)
        {
            await using AppDbContext db = app.OpenContext();
            var serviceA = new Service { Name = "Service A" };
            var serviceB = new Service { Name = "Service B" };
            var teamA = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = serviceA };
            var teamB = new Team { Name = "Team B", Kind = TeamKind.ChildInNeed, Service = serviceB };
            var iroTeam = new Team { Name = "IROs", Kind = TeamKind.IndependentReviewing, Service = serviceB };
            Worker Staff(string name, WorkerRole role, Team team) => new()
            {
                StaffNumber = name,
                FirstName = name,
                LastName = "Staff",
                Role = role,
                Team = team,
                StartDate = new DateOnly(2020, 1, 1),
                IsCaseHolding = role == WorkerRole.SocialWorker,
            };
            var social = Staff("Sam", WorkerRole.SocialWorker, teamA);
            var manager = Staff("Tia", WorkerRole.TeamManager, teamA);
            var head = Staff("Hal", WorkerRole.HeadOfService, teamA);
            var mash = Staff("Max", WorkerRole.MashWorker, teamA);
            var iro = Staff("Ira", WorkerRole.IndependentReviewingOfficer, iroTeam);
            var other = Staff("Ola", WorkerRole.SocialWorker, teamB);
            db.AddRange(serviceA, serviceB, teamA, teamB, iroTeam, social, manager, head, mash, iro, other);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            serviceA.HeadOfServiceId = head.Id;

            var assessments = new Dictionary<Child, Assessment>();
            var contacts = new Dictionary<Child, Contact>();
            var missing = new Dictionary<Child, MissingEpisode>();
            var records = new List<(string Which, Section47Enquiry Enquiry, ChildProtectionPlan CpPlan, CinPlan CinPlan)>();
            Child Child(string name, Team team, Worker worker, bool restricted)
            {
                var child = new Child { LaChildId = name.ToUpperInvariant(), FirstName = name, LastName = "Child", DateOfBirth = new DateOnly(2016, 1, 1), IsRestricted = restricted };
                var episode = new CinEpisode { Child = child, ReferralDate = new DateOnly(2026, 5, 1), ReferralSource = "1A" };
                var assessment = new Assessment { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 5, 1), AuthorisationDate = new DateOnly(2026, 6, 1), Outcome = AssessmentOutcome.NoFurtherAction };
                assessments[child] = assessment;
                missing[child] = new MissingEpisode { Child = child, Kind = MissingKind.Missing, StartDate = new DateOnly(2026, 6, 10), EndDate = new DateOnly(2026, 6, 11), ReturnedAt = new DateTime(2026, 6, 11, 9, 0, 0) };
                contacts[child] = new Contact { Child = child, ReceivedAt = new DateTime(2026, 6, 15, 9, 0, 0), Source = "2A", BragFirst = Brag.Amber };
                db.Add(missing[child]);
                var cinPlan = new CinPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 1, 5) };
                var enquiry = new Section47Enquiry { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 6, 1) };
                var cpPlan = new ChildProtectionPlan { CinEpisode = episode, Child = child, StartDate = new DateOnly(2026, 5, 20), InitialCategory = "NEG", LatestCategory = "NEG" };
                records.Add((name == InScope ? "in" : name == OutScope ? "out" : "restricted", enquiry, cpPlan, cinPlan));
                db.AddRange(child, episode, assessment, contacts[child], cinPlan, enquiry, cpPlan,
                    new Allocation { Child = child, Team = team, Worker = worker, StartDate = new DateOnly(2026, 1, 1) });
                return child;
            }

            var inScope = Child(InScope, teamA, social, false);
            var outScope = Child(OutScope, teamB, other, false);
            var restricted = Child(AuthorisationMatrixTests.Restricted, teamA, social, true);
            db.IroAllocations.Add(new IroAllocation { Child = inScope, Iro = iro, StartDate = new DateOnly(2026, 1, 1) });
            StaffAccount account = DemoAccounts.Account("matrix.account", StaffRole.SocialWorker, social, "Matrix Account", demo: false);
            db.StaffAccounts.Add(account);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            // Rule 191 flags each child in the latest run, so that the rule's page lists the children one may see.
            db.ValidationRuns.Add(new ValidationRun
            {
                Collection = RunDataQuality.Ssda903,
                CollectionYear = 2026,
                PeriodStart = new DateOnly(2026, 4, 1),
                PeriodEnd = new DateOnly(2026, 6, 14),
                RanAt = new DateTime(2026, 6, 14, 2, 0, 0),
                Trigger = RunTrigger.Nightly,
                RulesRun = 1,
                Errors = 3,
                Failures = [.. new[] { inScope, outScope, restricted }.Select(c => new DataQualityFailure
                {
                    Rule = "191", Type = OpenCsc.Returns.Validation.RuleType.Error, TableName = "Episodes", LaChildId = c.LaChildId, ChildId = c.Id, Message = "Missing OC2 data",
                })],
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            var fixture = new Fixture
            {
                In = inScope.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Out = outScope.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Restricted = restricted.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Account = account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                InAssessment = assessments[inScope].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                OutAssessment = assessments[outScope].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Contacts = [.. new[] { inScope, outScope, restricted }.Select(c => contacts[c].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                InWorker = social.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                OutWorker = other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                InMissing = missing[inScope].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                OutMissing = missing[outScope].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var (which, enquiry, cpPlan, cinPlan) in records)
            {
                fixture.Records["{" + which + "s47}"] = enquiry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                fixture.Records["{" + which + "cp}"] = cpPlan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                fixture.Records["{" + which + "cin}"] = cinPlan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            fixture.Workers[StaffRole.SocialWorker] = social.Id;
            fixture.Workers[StaffRole.TeamManager] = manager.Id;
            fixture.Workers[StaffRole.HeadOfService] = head.Id;
            fixture.Workers[StaffRole.MashWorker] = mash.Id;
            fixture.Workers[StaffRole.IndependentReviewingOfficer] = iro.Id;
            return fixture;
        }
    }
}
