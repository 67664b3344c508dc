using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenCsc.CareLeavers;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.LookedAfter;

namespace OpenCsc.Returns.Ssda903;

/// <summary>
/// Loads an SSDA903 return (a folder of the DfE's CSV tables, or one EXPSSDA903 XML file) into the model, all or
/// nothing: the whole return is read first (any error rejects it, see <see cref="ReturnReadException"/>), then
/// merged in one transaction. Children are matched on their LA id and each row on its natural key (care episode:
/// child + DECOM; review: child + date; missing: child + start; social worker episode: child + SW_DECOM; placed for
/// adoption: child + DATE_PLACED; OC2: child + year; OC3: child + the status recorded in the year, else the birthday
/// in it; AD1, UASC, PrevPerm: the child). The merge adds, fills and corrects, and never clears a recorded value the
/// return leaves blank (decision 0029). Periods of care are rebuilt from the child's episodes when the return added
/// or re-dated one: an episode starting on the day the previous one ended continues the period. An episode that
/// ended E11/E12 (adopted) gives the adoption its order date (its DEC) when none is recorded.
/// </summary>
public static class ImportSsda903
{
    /// <summary>Reads PATH (a folder of CSVs or an XML file) for the year and imports it.</summary>
    public static async Task<ImportResult> RunAsync(
        AppDbContext db,
        string path,
        Ssda903ReadOptions options,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default,
        ImportOptions? importOptions = null)
    {
        Ssda903Return data = Directory.Exists(path)
            ? Ssda903CsvReader.ReadFolder(path, options)
            : Ssda903XmlReader.ReadAll(path, options);
        return await ImportAsync(db, data, options.Year, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), progress, cancellationToken, importOptions);
    }

    public static async Task<ImportResult> ImportAsync(
        AppDbContext db,
        Ssda903Return data,
        CollectionYear year,
        string fileName,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default,
        ImportOptions? importOptions = null)
    {
        var clock = Stopwatch.StartNew();
        importOptions ??= ImportOptions.Default;
        IReadOnlyList<Ssda903Child> children;
        try
        {
            children = data.ByChild();
        }
        catch (ArgumentException e)
        {
            throw new ReturnReadException([new ReturnProblem(fileName, null, null, "CHILD", "", e.Message)]);
        }

        ImportSummary summary = await ReturnImport.RunAsync(
            db, fileName, children, (chunk, merge) => WriteChunkAsync(db, chunk, year, merge, cancellationToken), progress, importOptions, cancellationToken);
        return new ImportResult(year, children.Count, summary.ChildrenNew, data.Warnings, clock.Elapsed) { Summary = summary, DryRun = importOptions.DryRun };
    }

    private static async Task<int> WriteChunkAsync(AppDbContext db, IReadOnlyList<Ssda903Child> chunk, CollectionYear year, ImportMerge merge, CancellationToken ct)
    {
        var laIds = chunk.Select(c => c.Child).Distinct(StringComparer.Ordinal).ToList();
        var children = await db.Children.Where(c => laIds.Contains(c.LaChildId)).ToDictionaryAsync(c => c.LaChildId, StringComparer.Ordinal, ct);
        var byId = children.Values.ToDictionary(c => c.Id);
        var ids = byId.Keys.ToList();

        var episodes = Group(await db.CareEpisodes.Where(e => ids.Contains(e.ChildId)).ToListAsync(ct), e => e.ChildId, byId);
        var periods = Group(await db.PeriodsOfCare.Where(p => ids.Contains(p.ChildId)).ToListAsync(ct), p => p.ChildId, byId);
        var reviews = Group(await db.LacReviews.Where(r => ids.Contains(r.ChildId)).ToListAsync(ct), r => r.ChildId, byId);
        var outcomes = Group(await db.AnnualHealthOutcomes.Where(o => ids.Contains(o.ChildId) && o.YearEnding == year.End).ToListAsync(ct), o => o.ChildId, byId);
        var leavers = Group(await db.CareLeavers.Where(l => ids.Contains(l.ChildId)).ToListAsync(ct), l => l.ChildId, byId);
        var statuses = Group(await db.CareLeaverStatuses.Where(s => ids.Contains(s.ChildId)).ToListAsync(ct), s => s.ChildId, byId);
        var adoptions = Group(await db.Adoptions.Where(a => ids.Contains(a.ChildId)).ToListAsync(ct), a => a.ChildId, byId);
        var decisions = Group(await db.AdoptionDecisions.Where(d => ids.Contains(d.ChildId)).ToListAsync(ct), d => d.ChildId, byId);
        var permanence = Group(await db.PreviousPermanences.Where(p => ids.Contains(p.ChildId)).ToListAsync(ct), p => p.ChildId, byId);
        var missing = Group(await db.MissingEpisodes.Where(m => ids.Contains(m.ChildId)).ToListAsync(ct), m => m.ChildId, byId);
        var workers = Group(await db.SocialWorkerEpisodes.Where(w => ids.Contains(w.ChildId)).ToListAsync(ct), w => w.ChildId, byId);

        int added = 0;
        var emptyPeriods = new List<PeriodOfCare>();
        foreach (Ssda903Child record in chunk)
        {
            if (!children.TryGetValue(record.Child, out Child? child))
            {
                child = new Child { LaChildId = record.Child };
                db.Children.Add(child);
                children.Add(record.Child, child);
                added++;
            }

            merge.Matched(child);
            bool knownLater = KnownAfter(year.End, List(episodes, child), List(reviews, child), List(missing, child), List(workers, child));
            if (record.Header is { } h)
            {
                MergeHeader(child, h, knownLater);
            }
            else if (child.Id == 0)
            {
                child.DateOfBirth = record.Records().OfType<Ssda903Review>().Select(r => (DateOnly?)r.Dob).FirstOrDefault();
            }

            if (record.Uasc is { } uasc)
            {
                child.IsUasc = true;
                child.UascCeasedDate = ImportMerge.Keep(child.UascCeasedDate, uasc.Duc);
            }

            Child owner = child;
            var childEpisodes = List(episodes, child);
            bool redated = false;
            foreach (Ssda903Episode e in record.Episodes)
            {
                CareEpisode episode = Find(db, merge, childEpisodes, x => x.StartDate == e.Decom, () => new CareEpisode { Child = owner, StartDate = e.Decom });
                DateOnly? endBefore = episode.EndDate;
                redated |= episode.Id == 0;
                episode.ReasonForNewEpisode = ImportMerge.KeepText(episode.ReasonForNewEpisode, e.Rne);
                episode.LegalStatus = ImportMerge.KeepText(episode.LegalStatus, e.Ls);
                episode.CategoryOfNeed = ImportMerge.KeepText(episode.CategoryOfNeed, e.Cin);
                episode.PlacementType = ImportMerge.KeepText(episode.PlacementType, e.Place);
                episode.PlacementProvider = ImportMerge.Keep(episode.PlacementProvider, e.PlaceProvider);
                episode.EndDate = ImportMerge.Keep(episode.EndDate, e.Dec);
                episode.ReasonEpisodeCeased = ImportMerge.Keep(episode.ReasonEpisodeCeased, e.Rec);
                episode.ReasonForPlacementChange = ImportMerge.Keep(episode.ReasonForPlacementChange, e.ReasonPlaceChange);
                episode.HomePostcode = ImportMerge.Keep(episode.HomePostcode, e.HomePost);
                episode.PlacementPostcode = ImportMerge.Keep(episode.PlacementPostcode, e.PlPost);
                episode.PlacementUrn = ImportMerge.Keep(episode.PlacementUrn, e.Urn);
                redated |= episode.EndDate != endBefore;
            }

            // Derived from the episodes: rebuilt only when the return added or re-dated one (rule 6).
            if (redated)
            {
                RebuildPeriods(db, child, childEpisodes, List(periods, child), emptyPeriods);
            }

            var childReviews = List(reviews, child);
            foreach (Ssda903Review r in record.Reviews)
            {
                LacReview review = Find(db, merge, childReviews, x => x.Date == r.Review, () => new LacReview { Child = owner, Date = r.Review });
                review.ParticipationCode = ImportMerge.Keep(review.ParticipationCode, r.ReviewCode);
            }

            if (record.Oc2 is { } oc2)
            {
                var o = Find(db, merge, List(outcomes, child), _ => true, () => new AnnualHealthOutcomes { Child = owner, YearEnding = year.End });
                o.SdqScore = ImportMerge.Keep(o.SdqScore, oc2.SdqScore);
                o.SdqReason = ImportMerge.Keep(o.SdqReason, oc2.SdqReason);
                o.Convicted = ImportMerge.Keep(o.Convicted, oc2.Convicted);
                o.HealthCheck = ImportMerge.Keep(o.HealthCheck, oc2.HealthCheck);
                o.Immunisations = ImportMerge.Keep(o.Immunisations, oc2.Immunisations);
                o.TeethCheck = ImportMerge.Keep(o.TeethCheck, oc2.TeethCheck);
                o.HealthAssessment = ImportMerge.Keep(o.HealthAssessment, oc2.HealthAssessment);
                o.SubstanceMisuse = ImportMerge.Keep(o.SubstanceMisuse, oc2.SubstanceMisuse);
                o.InterventionReceived = ImportMerge.Keep(o.InterventionReceived, oc2.InterventionReceived);
                o.InterventionOffered = ImportMerge.Keep(o.InterventionOffered, oc2.InterventionOffered);
            }

            if (record.Oc3 is { } oc3)
            {
                CareLeaver leaver = Find(db, merge, List(leavers, child), _ => true, () => new CareLeaver { Child = owner, Eligibility = CareLeaverEligibility.FormerRelevant });
                MergeLeaverStatus(db, merge, owner, leaver, List(statuses, child), oc3, year);
            }

            // An episode that ended E11/E12 (adopted) ended on the day the adoption order was made: fills a blank only.
            if (record.Episodes.LastOrDefault(e => e.Rec is "E11" or "E12" && e.Dec is not null) is { } adopted)
            {
                Adoption adoption = LastOrNew(db, merge, List(adoptions, child), () => new Adoption { Child = owner });
                adoption.AdoptionOrderDate ??= adopted.Dec;
            }

            if (record.Ad1 is { } ad1)
            {
                var adoption = LastOrNew(db, merge, List(adoptions, child), () => new Adoption { Child = owner });
                adoption.DateShouldBePlaced = ImportMerge.Keep(adoption.DateShouldBePlaced, ad1.DateInt);
                adoption.DateMatched = ImportMerge.Keep(adoption.DateMatched, ad1.DateMatch);
                adoption.AdoptedByFosterCarer = ImportMerge.Keep(adoption.AdoptedByFosterCarer, ad1.FosterCare);
                adoption.NumberOfAdopters = ImportMerge.Keep(adoption.NumberOfAdopters, ad1.NbAdoptr);
                adoption.SexOfAdopters = ImportMerge.Keep(adoption.SexOfAdopters, ad1.SexAdoptr);
                adoption.LegalStatusOfAdopters = ImportMerge.Keep(adoption.LegalStatusOfAdopters, ad1.LsAdoptr);
            }

            var childDecisions = List(decisions, child);
            foreach (Ssda903PlacedAdoption p in record.PlacedAdoption)
            {
                var decision = Find(db, merge, childDecisions, d => d.DecisionDate == p.DatePlaced, () => new AdoptionDecision { Child = owner, DecisionDate = p.DatePlaced });
                decision.DecisionCeasedDate = ImportMerge.Keep(decision.DecisionCeasedDate, p.DatePlacedCeased);
                decision.ReasonCeased = ImportMerge.Keep(decision.ReasonCeased, p.ReasonPlacedCeased);
            }

            if (record.PrevPerm is { } prev)
            {
                var p = LastOrNew(db, merge, List(permanence, child), () => new PreviousPermanence { Child = owner });
                p.PreviousPermanenceCode = ImportMerge.KeepText(p.PreviousPermanenceCode, prev.PrevPerm);
                p.LocalAuthority = ImportMerge.Keep(p.LocalAuthority, prev.LaPerm);
                p.DateOfPermanence = ImportMerge.Keep(p.DateOfPermanence, prev.DatePerm);
            }

            var childMissing = List(missing, child);
            foreach (Ssda903Missing m in record.Missing)
            {
                var episode = Find(db, merge, childMissing, x => x.StartDate == m.MisStart, () => new MissingEpisode { Child = owner, StartDate = m.MisStart });
                episode.Kind = m.Missing == "A" ? MissingKind.Absent : MissingKind.Missing;
                episode.EndDate = ImportMerge.Keep(episode.EndDate, m.MisEnd);
            }

            var childWorkers = List(workers, child);
            foreach (Ssda903SwEpisode w in record.SwEpisodes)
            {
                var episode = Find(db, merge, childWorkers, x => x.StartDate == w.SwDecom, () => new SocialWorkerEpisode { Child = owner, StartDate = w.SwDecom });
                episode.SocialWorkerId = ImportMerge.KeepText(episode.SocialWorkerId, w.SwId);
                episode.EndDate = ImportMerge.Keep(episode.EndDate, w.SwDec);
                episode.ReasonForChange = ImportMerge.Keep(episode.ReasonForChange, w.SwReason);
            }
        }

        // Removed only once the episodes' new periods are detected, or the cascade would take the episodes too.
        db.ChangeTracker.DetectChanges();
        db.RemoveRange(emptyPeriods);
        return added;
    }

    /// <summary>True when the database knows the child after the return's reference date (rule 5).</summary>
    private static bool KnownAfter(DateOnly reference, List<CareEpisode> episodes, List<LacReview> reviews, List<MissingEpisode> missing, List<SocialWorkerEpisode> workers) =>
        episodes.Any(e => e.Id > 0 && (e.StartDate > reference || e.EndDate > reference))
        || reviews.Any(r => r.Id > 0 && r.Date > reference)
        || missing.Any(m => m.Id > 0 && (m.StartDate > reference || m.EndDate > reference))
        || workers.Any(w => w.Id > 0 && (w.StartDate > reference || w.EndDate > reference));

    /// <summary>The header: the date of birth fills or corrects; sex, ethnicity, UPN and motherhood are as at the reference date.</summary>
    private static void MergeHeader(Child child, Ssda903Header h, bool knownLater)
    {
        bool isNew = child.Id == 0;
        child.DateOfBirth = ImportMerge.Keep(child.DateOfBirth, h.Dob);
        if (isNew || !knownLater)
        {
            child.Sex = ImportMerge.KeepText(child.Sex, ReturnImport.StoredSex(h.Sex));
            child.Ethnicity = ImportMerge.KeepText(child.Ethnicity, h.Ethnic);
        }

        bool unknown = h.Upn.Length == 3 && h.Upn.StartsWith("UN", StringComparison.Ordinal);
        if (!unknown && h.Upn.Length > 0)
        {
            string? upn = ImportMerge.AsAt(child.Upn, h.Upn, knownLater);
            if (upn == h.Upn)
            {
                // A UPN replaces the reason there was none.
                child.UpnUnknownReason = null;
            }

            child.Upn = upn;
        }
        else if (unknown && child.Upn is null && !(h.Upn == "UN1" && child.UpnUnknownReason is null && !isNew))
        {
            // The export writes UN1 for a child with neither UPN nor reason: it fills no blank (rule 7).
            child.UpnUnknownReason = ImportMerge.AsAt(child.UpnUnknownReason, h.Upn, knownLater);
        }

        child.IsMother = ImportMerge.AsAt(child.IsMother, h.Mother, knownLater);
        child.MothersChildDateOfBirth = ImportMerge.Keep(child.MothersChildDateOfBirth, h.McDob);
    }

    /// <summary>
    /// The OC3 row is the care leaver's status in the year: the latest recorded in it, else a new one on the birthday
    /// in it. Activity and accommodation "0" (not applicable, when the authority is not in touch) fill no blank.
    /// </summary>
    private static void MergeLeaverStatus(AppDbContext db, ImportMerge merge, Child child, CareLeaver leaver, List<CareLeaverStatus> statuses, Ssda903Oc3 oc3, CollectionYear year)
    {
        CareLeaverStatus? status = statuses.Where(s => year.Contains(s.RecordedOn)).OrderBy(s => s.RecordedOn).ThenBy(s => s.Id).LastOrDefault();
        if (status is null)
        {
            status = new CareLeaverStatus { Child = child, CareLeaver = leaver, RecordedOn = BirthdayIn(year, oc3.Dob) };
            db.Add(status);
            statuses.Add(status);
        }
        else
        {
            merge.Matched(status);
        }

        bool existing = status.Id > 0;
        status.InTouch = ImportMerge.KeepText(status.InTouch, oc3.InTouch);
        string? activity = Blank(oc3.Activ);
        if (!(existing && activity == "0" && status.Activity is null))
        {
            status.Activity = ImportMerge.Keep(status.Activity, activity);
        }

        // ACCOM is the type and its suitability (1 suitable, 2 not) in one code: the model holds them apart.
        bool split = oc3.Accom.Length == 2 && oc3.Accom[1] is '1' or '2';
        string? accommodation = split ? oc3.Accom[..1] : Blank(oc3.Accom);
        if (!(existing && accommodation == "0" && status.Accommodation is null))
        {
            status.Accommodation = ImportMerge.Keep(status.Accommodation, accommodation);
        }

        status.AccommodationSuitable = ImportMerge.Keep(status.AccommodationSuitable, split ? oc3.Accom[1] == '1' : null);
    }

    /// <summary>
    /// Groups the child's episodes into periods of care (a new period unless an episode starts the day the one
    /// before it ended), keeping the existing period that starts on the same day, removing periods left empty.
    /// </summary>
    private static void RebuildPeriods(AppDbContext db, Child child, List<CareEpisode> episodes, List<PeriodOfCare> periods, List<PeriodOfCare> emptyPeriods)
    {
        var unused = new List<PeriodOfCare>(periods);
        PeriodOfCare? current = null;
        CareEpisode? previous = null;
        foreach (CareEpisode episode in episodes.OrderBy(e => e.StartDate))
        {
            if (current is null || previous is null || previous.EndDate != episode.StartDate)
            {
                current = unused.FirstOrDefault(p => p.StartDate == episode.StartDate);
                if (current is null)
                {
                    current = new PeriodOfCare { Child = child, StartDate = episode.StartDate };
                    db.PeriodsOfCare.Add(current);
                    periods.Add(current);
                }
                else
                {
                    unused.Remove(current);
                }
            }

            episode.PeriodOfCare = current;
            current.EndDate = episode.EndDate;
            previous = episode;
        }

        foreach (PeriodOfCare empty in unused)
        {
            emptyPeriods.Add(empty);
            periods.Remove(empty);
        }
    }

    private static DateOnly BirthdayIn(CollectionYear year, DateOnly dob)
    {
        for (int age = 17; age <= 21; age++)
        {
            DateOnly birthday = dob.AddYears(age);
            if (year.Contains(birthday))
            {
                return birthday;
            }
        }

        return year.End;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static Dictionary<Child, List<T>> Group<T>(List<T> rows, Func<T, long> childId, Dictionary<long, Child> byId) =>
        rows.GroupBy(childId).ToDictionary(g => byId[g.Key], g => g.ToList());

    private static List<T> List<T>(Dictionary<Child, List<T>> rows, Child child)
    {
        if (!rows.TryGetValue(child, out var list))
        {
            rows[child] = list = [];
        }

        return list;
    }

    private static T Find<T>(AppDbContext db, ImportMerge merge, List<T> rows, Func<T, bool> match, Func<T> create)
        where T : class
    {
        T? row = rows.FirstOrDefault(match);
        if (row is null)
        {
            row = create();
            db.Add(row);
            rows.Add(row);
        }

        merge.Matched(row);
        return row;
    }

    private static T LastOrNew<T>(AppDbContext db, ImportMerge merge, List<T> rows, Func<T> create)
        where T : Entity
    {
        T? row = rows.OrderBy(r => r.Id).LastOrDefault();
        if (row is null)
        {
            row = create();
            db.Add(row);
            rows.Add(row);
        }

        merge.Matched(row);
        return row;
    }
}
