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
/// written in one transaction. Children are matched on their LA id and each row on its natural key (care episode:
/// child + DECOM; review: child + date; missing: child + start; social worker episode: child + SW_DECOM; placed for
/// adoption: child + DATE_PLACED; OC2: child + year; OC3: child + the birthday in the year; AD1, UASC, PrevPerm: the
/// child). Periods of care are rebuilt from the child's episodes: an episode starting on the day the previous one
/// ended continues the period. An episode that ended E11/E12 (adopted) gives the adoption its order date (its DEC).
/// </summary>
public static class ImportSsda903
{
    /// <summary>Reads PATH (a folder of CSVs or an XML file) for the year and imports it.</summary>
    public static async Task<ImportResult> RunAsync(
        AppDbContext db,
        string path,
        Ssda903ReadOptions options,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Ssda903Return data = Directory.Exists(path)
            ? Ssda903CsvReader.ReadFolder(path, options)
            : Ssda903XmlReader.ReadAll(path, options);
        return await ImportAsync(db, data, options.Year, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), progress, cancellationToken);
    }

    public static async Task<ImportResult> ImportAsync(
        AppDbContext db,
        Ssda903Return data,
        CollectionYear year,
        string fileName,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<Ssda903Child> children;
        try
        {
            children = data.ByChild();
        }
        catch (ArgumentException e)
        {
            throw new ReturnReadException([new ReturnProblem(fileName, null, null, "CHILD", "", e.Message)]);
        }

        int added = await ReturnImport.RunAsync(db, fileName, children, chunk => WriteChunkAsync(db, chunk, year, cancellationToken), progress, cancellationToken);
        return new ImportResult(year, children.Count, added, data.Warnings, clock.Elapsed);
    }

    private static async Task<int> WriteChunkAsync(AppDbContext db, IReadOnlyList<Ssda903Child> chunk, CollectionYear year, CancellationToken ct)
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

            if (record.Header is { } h)
            {
                child.Sex = ReturnImport.StoredSex(h.Sex);
                child.DateOfBirth = h.Dob;
                child.Ethnicity = h.Ethnic;
                bool unknown = h.Upn.Length == 3 && h.Upn.StartsWith("UN", StringComparison.Ordinal);
                child.Upn = unknown || h.Upn.Length == 0 ? null : h.Upn;
                child.UpnUnknownReason = unknown ? h.Upn : null;
                child.IsMother = h.Mother;
                child.MothersChildDateOfBirth = h.McDob;
            }
            else if (child.Id == 0)
            {
                child.DateOfBirth = record.Records().OfType<Ssda903Review>().Select(r => (DateOnly?)r.Dob).FirstOrDefault();
            }

            if (record.Uasc is { } uasc)
            {
                child.IsUasc = true;
                child.UascCeasedDate = uasc.Duc;
            }

            Child owner = child;
            var childEpisodes = List(episodes, child);
            foreach (Ssda903Episode e in record.Episodes)
            {
                CareEpisode episode = Find(db, childEpisodes, x => x.StartDate == e.Decom, () => new CareEpisode { Child = owner, StartDate = e.Decom });
                episode.ReasonForNewEpisode = e.Rne;
                episode.LegalStatus = e.Ls;
                episode.CategoryOfNeed = e.Cin;
                episode.PlacementType = e.Place;
                episode.PlacementProvider = e.PlaceProvider;
                episode.EndDate = e.Dec;
                episode.ReasonEpisodeCeased = e.Rec;
                episode.ReasonForPlacementChange = e.ReasonPlaceChange;
                episode.HomePostcode = e.HomePost;
                episode.PlacementPostcode = e.PlPost;
                episode.PlacementUrn = e.Urn;
            }

            if (record.Episodes.Count > 0)
            {
                RebuildPeriods(db, child, childEpisodes, List(periods, child), emptyPeriods);
            }

            var childReviews = List(reviews, child);
            foreach (Ssda903Review r in record.Reviews)
            {
                Find(db, childReviews, x => x.Date == r.Review, () => new LacReview { Child = owner, Date = r.Review }).ParticipationCode = r.ReviewCode;
            }

            if (record.Oc2 is { } oc2)
            {
                var o = Find(db, List(outcomes, child), _ => true, () => new AnnualHealthOutcomes { Child = owner, YearEnding = year.End });
                o.SdqScore = oc2.SdqScore;
                o.SdqReason = oc2.SdqReason;
                o.Convicted = oc2.Convicted;
                o.HealthCheck = oc2.HealthCheck;
                o.Immunisations = oc2.Immunisations;
                o.TeethCheck = oc2.TeethCheck;
                o.HealthAssessment = oc2.HealthAssessment;
                o.SubstanceMisuse = oc2.SubstanceMisuse;
                o.InterventionReceived = oc2.InterventionReceived;
                o.InterventionOffered = oc2.InterventionOffered;
            }

            if (record.Oc3 is { } oc3)
            {
                CareLeaver leaver = Find(db, List(leavers, child), _ => true, () => new CareLeaver { Child = owner, Eligibility = CareLeaverEligibility.FormerRelevant });
                DateOnly recorded = BirthdayIn(year, oc3.Dob);
                var status = Find(db, List(statuses, child), s => s.RecordedOn == recorded, () => new CareLeaverStatus { Child = owner, CareLeaver = leaver, RecordedOn = recorded });
                status.InTouch = oc3.InTouch;
                status.Activity = Blank(oc3.Activ);
                // ACCOM is the type and its suitability (1 suitable, 2 not) in one code: the model holds them apart.
                bool split = oc3.Accom.Length == 2 && oc3.Accom[1] is '1' or '2';
                status.Accommodation = split ? oc3.Accom[..1] : Blank(oc3.Accom);
                status.AccommodationSuitable = split ? oc3.Accom[1] == '1' : null;
            }

            // An episode that ended E11/E12 (adopted) ended on the day the adoption order was made.
            if (record.Episodes.LastOrDefault(e => e.Rec is "E11" or "E12" && e.Dec is not null) is { } adopted)
            {
                LastOrNew(db, List(adoptions, child), () => new Adoption { Child = owner }).AdoptionOrderDate = adopted.Dec;
            }

            if (record.Ad1 is { } ad1)
            {
                var adoption = LastOrNew(db, List(adoptions, child), () => new Adoption { Child = owner });
                adoption.DateShouldBePlaced = ad1.DateInt;
                adoption.DateMatched = ad1.DateMatch;
                adoption.AdoptedByFosterCarer = ad1.FosterCare;
                adoption.NumberOfAdopters = ad1.NbAdoptr;
                adoption.SexOfAdopters = Blank(ad1.SexAdoptr);
                adoption.LegalStatusOfAdopters = Blank(ad1.LsAdoptr);
            }

            var childDecisions = List(decisions, child);
            foreach (Ssda903PlacedAdoption p in record.PlacedAdoption)
            {
                var decision = Find(db, childDecisions, d => d.DecisionDate == p.DatePlaced, () => new AdoptionDecision { Child = owner, DecisionDate = p.DatePlaced });
                decision.DecisionCeasedDate = p.DatePlacedCeased;
                decision.ReasonCeased = p.ReasonPlacedCeased;
            }

            if (record.PrevPerm is { } prev)
            {
                var p = LastOrNew(db, List(permanence, child), () => new PreviousPermanence { Child = owner });
                p.PreviousPermanenceCode = prev.PrevPerm;
                p.LocalAuthority = prev.LaPerm;
                p.DateOfPermanence = prev.DatePerm;
            }

            var childMissing = List(missing, child);
            foreach (Ssda903Missing m in record.Missing)
            {
                var episode = Find(db, childMissing, x => x.StartDate == m.MisStart, () => new MissingEpisode { Child = owner, StartDate = m.MisStart });
                episode.Kind = m.Missing == "A" ? MissingKind.Absent : MissingKind.Missing;
                episode.EndDate = m.MisEnd;
            }

            var childWorkers = List(workers, child);
            foreach (Ssda903SwEpisode w in record.SwEpisodes)
            {
                var episode = Find(db, childWorkers, x => x.StartDate == w.SwDecom, () => new SocialWorkerEpisode { Child = owner, StartDate = w.SwDecom });
                episode.SocialWorkerId = w.SwId;
                episode.EndDate = w.SwDec;
                episode.ReasonForChange = w.SwReason;
            }
        }

        // Removed only once the episodes' new periods are detected, or the cascade would take the episodes too.
        db.ChangeTracker.DetectChanges();
        db.RemoveRange(emptyPeriods);
        return added;
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

    private static T Find<T>(AppDbContext db, List<T> rows, Func<T, bool> match, Func<T> create)
        where T : class
    {
        T? row = rows.FirstOrDefault(match);
        if (row is null)
        {
            row = create();
            db.Add(row);
            rows.Add(row);
        }

        return row;
    }

    private static T LastOrNew<T>(AppDbContext db, List<T> rows, Func<T> create)
        where T : Entity
    {
        T? row = rows.OrderBy(r => r.Id).LastOrDefault();
        if (row is null)
        {
            row = create();
            db.Add(row);
            rows.Add(row);
        }

        return row;
    }
}
