using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// List 8, children in care: every child looked after at any time in the 12 months before the as-of date (in care at
/// the date, or left care in the window), one row per child, for the child's latest period of care in the window.
/// Children whose care is only an agreed series of short breaks (legal status V3/V4) are not listed, as the DfE leaves
/// them out of its looked-after figures.
/// <list type="bullet">
/// <item>Legal status, category of need and placement are those of the episode in force at the as-of date (the last
/// episode for a child who has left); the legal status started with the first of the consecutive episodes that share it.</item>
/// <item>"Second or subsequent period": the child had an earlier period of care that ended in the window.</item>
/// <item>"Number of Placements in the Last 12 months": the placement the child was in at the start of the window, plus
/// every episode that began a placement (reason for new episode S, P, T, B or U) in the window, across periods.</item>
/// <item>Reviews, social work visits (looked-after visits) are the latest during the period; IRO contact and health
/// and dental checks the latest on record by the as-of date.</item>
/// <item>"Placement Location" is "a) In" when the placement's LA code is the authority's own, else "b) Out"; "LA of
/// Placement" is the authority's name for its own code, and another LA's code as recorded (the model holds LA codes,
/// and has no table of other LAs' names).</item>
/// <item>Missing and absent episodes are those starting in the window; the return interview columns describe the last
/// missing episode in it, blank when there was none.</item>
/// </list>
/// </summary>
public sealed class List8ChildrenInCare : AnnexAList<List8ChildrenInCare.Row>
{
    public const int WindowMonths = 12;

    private static readonly AnnexAColumn<Row>[] AllColumns =
    [
        .. CommonColumns.Child<Row>(),
        new("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", r => r.Uasc),
        CommonColumns.Disability<Row>(),
        new("Date Started to be Looked After", r => r.StartedToBeLookedAfter),
        new("Child's Category of Need", r => r.CategoryOfNeed),
        new("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", r => r.SecondPeriod),
        new("Start date of current legal status", r => r.LegalStatusStart),
        new("Child's Legal Status", r => r.LegalStatus),
        new("Date of Latest Statutory Review", r => r.LatestReview),
        new("Date of Last Social Work Visit", r => r.LastVisit),
        new("What is the permanence plan for this child?", r => r.PermanencePlan),
        new("Date of Last IRO Visit / Contact to the Child", r => r.LastIroContact),
        new("Date of Last Health Assessment", r => r.LastHealthAssessment),
        new("Date of Last Dental Check", r => r.LastDentalCheck),
        new("Number of Placements in the Last 12 months", r => r.PlacementsIn12Months),
        new("Date Ceased to be Looked After", r => r.CeasedToBeLookedAfter),
        new("Reason Ceased to be Looked After", r => r.ReasonCeased),
        new("Start Date of Most Recent Placement", r => r.PlacementStart),
        new("Placement Type", r => r.PlacementType),
        new("Placement Provider", r => r.PlacementProvider),
        new("Placement postcode", r => r.PlacementPostcode),
        new("URN of Placement", r => r.PlacementUrn),
        new("Placement Location", r => r.PlacementLocation),
        new("LA of Placement", r => r.PlacementLocalAuthority),
        new("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months", r => r.MissingEpisodes),
        new("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", r => r.AbsentEpisodes),
        new("Was the child offered a Return Interview after their last missing episode (Y/N)?", r => r.ReturnInterviewOffered),
        new("Did the child accept a Return Interview after their last missing episode (Y/N)?", r => r.ReturnInterviewAccepted),
        .. CommonColumns.Allocation<Row>(),
    ];

    private static readonly HashSet<string> PlacementStarts = new(ReasonsForNewEpisode.StartsPlacement.Codes, StringComparer.OrdinalIgnoreCase);

    public sealed record Row(
        AnnexAChild Child,
        string Uasc,
        DateOnly StartedToBeLookedAfter,
        string? CategoryOfNeed,
        string SecondPeriod,
        DateOnly? LegalStatusStart,
        string? LegalStatus,
        DateOnly? LatestReview,
        DateOnly? LastVisit,
        string? PermanencePlan,
        DateOnly? LastIroContact,
        DateOnly? LastHealthAssessment,
        DateOnly? LastDentalCheck,
        int PlacementsIn12Months,
        DateOnly? CeasedToBeLookedAfter,
        string? ReasonCeased,
        DateOnly? PlacementStart,
        string? PlacementType,
        string? PlacementProvider,
        string? PlacementPostcode,
        string? PlacementUrn,
        string? PlacementLocation,
        string? PlacementLocalAuthority,
        int MissingEpisodes,
        int AbsentEpisodes,
        string? ReturnInterviewOffered,
        string? ReturnInterviewAccepted,
        AnnexAAllocation Allocation) : IAnnexAChildRow, IAnnexAAllocatedRow;

    private sealed record EpisodeFacts(
        long Id, long PeriodOfCareId, long ChildId, DateOnly StartDate, DateOnly? EndDate, string ReasonForNewEpisode,
        string LegalStatus, string CategoryOfNeed, string PlacementType, string? PlacementProvider, string? ReasonEpisodeCeased,
        string? PlacementPostcode, string? PlacementUrn, string? PlacementLocalAuthority)
    {
        public bool StartsPlacement => PlacementStarts.Contains(ReasonForNewEpisode.Trim());

        public bool IsShortBreak => LegalStatus.Trim().ToUpperInvariant() is "V3" or "V4";
    }

    public override string SheetName => "List 8";

    protected override IReadOnlyList<AnnexAColumn<Row>> Columns => AllColumns;

    protected override async IAsyncEnumerable<Row> LoadAsync(
        AppDbContext db, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new AnnexAWindow(asOf, WindowMonths);
        DateOnly from = window.Start;
        var inWindow = db.PeriodsOfCare.AsNoTracking()
            .Where(OpenCsc.Data.DatedPeriods.OpenDuring<OpenCsc.LookedAfter.PeriodOfCare>(from, asOf));
        IQueryable<long> childIds = inWindow.Select(p => p.ChildId);

        var periods = await inWindow
            .Select(p => new
            {
                p.Id,
                p.StartDate,
                p.EndDate,
                p.PermanencePlan,
                p.Child!.IsUasc,
                p.Child.UascCeasedDate,
                Child = new ChildFacts(p.Child.Id, p.Child.LaChildId, p.Child.Sex, p.Child.Ethnicity, p.Child.DateOfBirth),
            })
            .ToListAsync(cancellationToken);

        var episodes = (await db.CareEpisodes.AsNoTracking()
                .Where(e => childIds.Contains(e.ChildId) && e.StartDate <= asOf)
                .Select(e => new EpisodeFacts(
                    e.Id, e.PeriodOfCareId, e.ChildId, e.StartDate, e.EndDate, e.ReasonForNewEpisode, e.LegalStatus, e.CategoryOfNeed,
                    e.PlacementType, e.PlacementProvider, e.ReasonEpisodeCeased, e.PlacementPostcode, e.PlacementUrn,
                    e.PlacementLocalAuthority))
                .ToListAsync(cancellationToken))
            .OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .ToList();
        var episodesByPeriod = episodes.ToLookup(e => e.PeriodOfCareId);
        var episodesByChild = episodes.ToLookup(e => e.ChildId);

        var latestReview = await (
                from p in inWindow
                join r in db.LacReviews on p.ChildId equals r.ChildId
                where r.Date >= p.StartDate && r.Date <= asOf && (p.EndDate == null || r.Date <= p.EndDate)
                group r by p.Id into g
                select new { PeriodId = g.Key, Date = g.Max(r => r.Date) })
            .ToDictionaryAsync(x => x.PeriodId, x => x.Date, cancellationToken);
        var lastVisit = await (
                from p in inWindow
                join v in db.Visits on p.ChildId equals v.ChildId
                where v.Kind == VisitKind.LookedAfter && v.VisitDate >= p.StartDate && v.VisitDate <= asOf
                    && (p.EndDate == null || v.VisitDate <= p.EndDate)
                group v by p.Id into g
                select new { PeriodId = g.Key, Date = g.Max(v => v.VisitDate) })
            .ToDictionaryAsync(x => x.PeriodId, x => x.Date, cancellationToken);
        var lastIroContact = await db.IroAllocations.AsNoTracking()
            .Where(a => childIds.Contains(a.ChildId) && a.LastContactDate != null && a.LastContactDate <= asOf)
            .GroupBy(a => a.ChildId)
            .Select(g => new { ChildId = g.Key, Date = g.Max(a => a.LastContactDate) })
            .ToDictionaryAsync(x => x.ChildId, x => x.Date, cancellationToken);
        var healthChecks = (await db.HealthAssessments.AsNoTracking()
                .Where(h => childIds.Contains(h.ChildId) && h.Date <= asOf)
                .GroupBy(h => new { h.ChildId, h.Kind })
                .Select(g => new { g.Key.ChildId, g.Key.Kind, Date = g.Max(h => h.Date) })
                .ToListAsync(cancellationToken))
            .ToLookup(h => h.ChildId);
        var missing = (await db.MissingEpisodes.AsNoTracking()
                .Where(m => childIds.Contains(m.ChildId) && m.StartDate >= from && m.StartDate <= asOf)
                .Select(m => new { m.Id, m.ChildId, m.Kind, m.StartDate, m.RhiOfferedAt, m.RhiAccepted })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.ChildId);
        var authority = await db.Authorities.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.LaCode, a.Name }).FirstOrDefaultAsync(cancellationToken);
        string? ownLaCode = authority?.LaCode;
        var disabilities = await AnnexAChildren.DisabilitiesAsync(db, childIds, cancellationToken);
        var allocations = await AnnexAChildren.AllocationsAsync(db, childIds, asOf, cancellationToken);

        var children = periods
            .Select(p => new { Period = p, Current = episodesByPeriod[p.Id].LastOrDefault() })
            .Where(p => p.Current is not { IsShortBreak: true })
            .GroupBy(p => p.Period.Child.Id)
            .Select(g => new
            {
                Latest = g.OrderByDescending(p => p.Period.StartDate).ThenByDescending(p => p.Period.Id).First(),
                PeriodsInWindow = g.Count(),
            })
            .OrderBy(c => c.Latest.Period.StartDate).ThenBy(c => c.Latest.Period.Id);

        foreach (var child in children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var period = child.Latest.Period;
            EpisodeFacts? current = child.Latest.Current;
            long childId = period.Child.Id;
            var periodEpisodes = episodesByPeriod[period.Id].ToList();
            DateOnly? ceased = AnnexALabels.UpTo(period.EndDate, asOf);

            DateOnly? legalStatusStart = null;
            if (current is not null)
            {
                int i = periodEpisodes.IndexOf(current);
                while (i > 0 && string.Equals(periodEpisodes[i - 1].LegalStatus.Trim(), current.LegalStatus.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    i--;
                }

                legalStatusStart = periodEpisodes[i].StartDate;
            }

            EpisodeFacts? placement = periodEpisodes.LastOrDefault(e => e.StartsPlacement) ?? periodEpisodes.FirstOrDefault();
            var checks = healthChecks[childId].ToList();
            var childMissing = missing[childId].ToList();
            var lastMissing = childMissing
                .Where(m => m.Kind == MissingKind.Missing)
                .OrderByDescending(m => m.StartDate).ThenByDescending(m => m.Id)
                .FirstOrDefault();
            bool wasUasc = (period.IsUasc || period.UascCeasedDate is not null) && (period.UascCeasedDate is null || period.UascCeasedDate >= from);

            yield return new Row(
                AnnexAChildren.Describe(period.Child, asOf, disabilities),
                AnnexALabels.YesNo(wasUasc),
                period.StartDate,
                current is null ? null : AnnexALabels.PrimaryNeed(current.CategoryOfNeed),
                AnnexALabels.YesNo(child.PeriodsInWindow > 1),
                legalStatusStart,
                AnnexALabels.LegalStatus(current?.LegalStatus),
                latestReview.TryGetValue(period.Id, out DateOnly review) ? review : null,
                lastVisit.TryGetValue(period.Id, out DateOnly visit) ? visit : null,
                AnnexALabels.PermanencePlan(period.PermanencePlan),
                lastIroContact.GetValueOrDefault(childId),
                Latest(checks.Where(h => h.Kind is HealthAssessmentKind.Initial or HealthAssessmentKind.Review).Select(h => h.Date)),
                Latest(checks.Where(h => h.Kind == HealthAssessmentKind.Dental).Select(h => h.Date)),
                PlacementsInWindow(episodesByChild[childId], from),
                ceased,
                ceased is null ? null : AnnexALabels.ReasonCeased(periodEpisodes.LastOrDefault()?.ReasonEpisodeCeased),
                placement?.StartDate,
                AnnexALabels.PlacementType(current?.PlacementType),
                AnnexALabels.PlacementProvider(current?.PlacementProvider),
                current?.PlacementPostcode,
                current?.PlacementUrn,
                PlacementLocation(current?.PlacementLocalAuthority, ownLaCode),
                IsOwn(current?.PlacementLocalAuthority, ownLaCode) ? authority!.Name : current?.PlacementLocalAuthority,
                childMissing.Count(m => m.Kind == MissingKind.Missing),
                childMissing.Count(m => m.Kind == MissingKind.Absent),
                lastMissing is null ? null : AnnexALabels.YesNo(lastMissing.RhiOfferedAt is not null),
                lastMissing is null ? null : AnnexALabels.YesNo(lastMissing.RhiAccepted),
                allocations.GetValueOrDefault(childId, AnnexAAllocation.None));
        }
    }

    private static DateOnly? Latest(IEnumerable<DateOnly> dates) => dates.Select(d => (DateOnly?)d).Max();

    /// <summary>The placement in force on the window's first day (if it began before it), plus placements begun in the window.</summary>
    private static int PlacementsInWindow(IEnumerable<EpisodeFacts> childEpisodes, DateOnly from)
    {
        int count = 0;
        EpisodeFacts? inForceAtStart = null;
        foreach (EpisodeFacts episode in childEpisodes)
        {
            if (episode.StartDate >= from && episode.StartsPlacement)
            {
                count++;
            }

            if (episode.StartDate <= from && (episode.EndDate is null || episode.EndDate > from))
            {
                inForceAtStart = episode;
            }
        }

        if (inForceAtStart is not null && !(inForceAtStart.StartDate == from && inForceAtStart.StartsPlacement))
        {
            count++;
        }

        return count;
    }

    private static string? PlacementLocation(string? placementLaCode, string? ownLaCode) =>
        string.IsNullOrWhiteSpace(placementLaCode) ? null : IsOwn(placementLaCode, ownLaCode) ? "a) In" : "b) Out";

    private static bool IsOwn(string? placementLaCode, string? ownLaCode) =>
        !string.IsNullOrWhiteSpace(placementLaCode) && string.Equals(placementLaCode.Trim(), ownLaCode?.Trim(), StringComparison.OrdinalIgnoreCase);
}
