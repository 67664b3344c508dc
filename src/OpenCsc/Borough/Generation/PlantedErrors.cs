using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Returns;

namespace OpenCsc.Borough.Generation;

/// <summary>One known error planted in a synthetic borough: the return, the DfE rule it breaks and the child.</summary>
/// <param name="Collection">ssda903 or cin-census (as `opencsc data-quality run --collection` names them).</param>
/// <param name="Rule">The validation rule the return of the collection year containing the as-of date fails.</param>
/// <param name="LaChildId">The child the failure is about.</param>
/// <param name="What">What was changed, in words.</param>
public sealed record PlantedError(string Collection, string Rule, string LaChildId, string What);

/// <summary>
/// Plants a documented set of known errors in a seeded borough (`opencsc demo seed --plant-errors`), each on its own
/// child and each breaking exactly one DfE validation rule of the return for the collection year containing the as-of
/// date, checked in year (1 April to the as-of date): seven SSDA903 rules on looked-after children and care leavers
/// and six CIN census rules on children in need. A clean borough's returns fail no rule, so the failures found are
/// exactly these. Children are picked in LA child id order among those each error can be planted on; an error with no
/// such child (a very small borough) is not planted and not listed.
/// </summary>
public static class PlantedErrors
{
    public const string Ssda903 = "ssda903";

    public const string CinCensus = "cin-census";

    public static async Task<IReadOnlyList<PlantedError>> PlantAsync(AppDbContext db, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        CollectionYear year = CollectionYear.Containing(asOf);
        DateOnly start = year.Start;
        DateOnly end = asOf < year.End ? asOf : year.End;
        var planted = new List<PlantedError>();
        var used = new HashSet<long>();
        var names = (await db.Children.AsNoTracking().Select(c => new { c.Id, c.LaChildId }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, c => c.LaChildId);

        // The children each return covers in the year, in LA child id order.
        var lookedAfter = (await db.CareEpisodes.AsNoTracking()
                .Where(e => e.StartDate <= end && (e.EndDate == null || e.EndDate >= start))
                .Select(e => e.ChildId).Distinct().ToListAsync(cancellationToken))
            .OrderBy(id => names[id], StringComparer.Ordinal).ToList();
        var inNeed = (await db.CinEpisodes.AsNoTracking()
                .Where(e => e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start))
                .Select(e => e.ChildId).Distinct().ToListAsync(cancellationToken))
            .OrderBy(id => names[id], StringComparer.Ordinal).ToList();
        var looked = lookedAfter.ToHashSet();
        var cinOnly = inNeed.Where(id => !looked.Contains(id)).ToList();

        long? Pick(IEnumerable<long> candidates, IReadOnlySet<long> eligible)
        {
            foreach (long id in candidates)
            {
                if (eligible.Contains(id) && used.Add(id))
                {
                    return id;
                }
            }

            return null;
        }

        void Record(string collection, string rule, long child, string what) => planted.Add(new PlantedError(collection, rule, names[child], what));

        // ---- SSDA903 ----------------------------------------------------------------------------------------------
        // The rarer candidates first, so a small borough still has one for each.
        var missing = (await db.MissingEpisodes.Where(m => m.StartDate >= start && m.StartDate <= end)
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.StartDate).First());
        if (Pick(lookedAfter, missing.Keys.ToHashSet()) is { } away)
        {
            missing[away].EndDate = missing[away].StartDate.AddDays(-1);
            Record(Ssda903, "567", away, "MIS_END of the first missing episode in the year is the day before MIS_START");
        }

        DateOnly oldestLeaver = start.AddYears(-21);
        DateOnly youngestLeaver = year.End.AddYears(-17);
        var leavers = (await db.CareLeaverStatuses
                .Where(s => s.RecordedOn >= start && s.RecordedOn <= end && s.Child!.DateOfBirth >= oldestLeaver && s.Child.DateOfBirth <= youngestLeaver)
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.RecordedOn).ThenBy(s => s.Id).Last());
        var leaverIds = leavers.Where(l => l.Value.InTouch == "YES").Select(l => l.Key).OrderBy(id => names[id], StringComparer.Ordinal).ToList();
        if (Pick(leaverIds, leaverIds.ToHashSet()) is { } leaver)
        {
            leavers[leaver].InTouch = "MAYB";
            Record(Ssda903, "131", leaver, "IN_TOUCH of the care leaver's latest status in the year is MAYB, not a valid code");
        }

        var outcomes = (await db.AnnualHealthOutcomes.Where(o => o.YearEnding == year.End && o.SdqScore != null).ToListAsync(cancellationToken))
            .GroupBy(o => o.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(o => o.Id).Last());
        if (Pick(lookedAfter, outcomes.Keys.ToHashSet()) is { } health)
        {
            outcomes[health].SdqScore = 41;
            Record(Ssda903, "180", health, "SDQ_SCORE of the OC2 record is 41, above the questionnaire's 40");
        }

        DateOnly twelve = end.AddYears(-12); // a mother under 11 breaks rule 620 too
        var girls = (await db.Children.Where(c => c.Sex == "F" && c.IsMother == false && c.DateOfBirth <= twelve && lookedAfter.Contains(c.Id)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id);
        if (Pick(lookedAfter, girls.Keys.ToHashSet()) is { } mother)
        {
            girls[mother].IsMother = true;
            girls[mother].MothersChildDateOfBirth = null;
            Record(Ssda903, "611", mother, "MOTHER is 1 but the date of birth of her child (MC_DOB) is blank");
        }

        var reviews = (await db.LacReviews.Where(r => r.Date >= start && r.Date <= end).ToListAsync(cancellationToken))
            .GroupBy(r => r.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).First());
        if (Pick(lookedAfter, reviews.Keys.ToHashSet()) is { } review)
        {
            reviews[review].ParticipationCode = "PN9";
            Record(Ssda903, "167", review, "REVIEW_CODE of the first review in the year is PN9, not a valid code");
        }

        var social = await db.SocialWorkerEpisodes
            .Where(w => w.StartDate <= end && (w.EndDate == null || w.EndDate >= start))
            .ToListAsync(cancellationToken);
        var socialByChild = social.GroupBy(w => w.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(w => w.StartDate).Last());
        if (Pick(lookedAfter, socialByChild.Keys.ToHashSet()) is { } swId)
        {
            socialByChild[swId].SocialWorkerId = "W" + socialByChild[swId].SocialWorkerId[2..];
            Record(Ssda903, "SW02STG1", swId, "SW_ID of the latest social worker episode starts W, not SW or XX");
        }

        if (Pick(lookedAfter, socialByChild.Keys.ToHashSet()) is { } swReason)
        {
            socialByChild[swReason].ReasonForChange = "UNKNWN";
            Record(Ssda903, "SW13STG1", swReason, "SW_REASON of the latest social worker episode is UNKNWN, not a valid code");
        }

        // ---- CIN census -------------------------------------------------------------------------------------------
        var episodes = await db.CinEpisodes
            .Where(e => e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start) && !e.ReferralNfa)
            .ToListAsync(cancellationToken);
        var firstEpisode = episodes.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.ReferralDate).First());
        if (Pick(cinOnly, firstEpisode.Keys.ToHashSet()) is { } source)
        {
            firstEpisode[source].ReferralSource = "99";
            Record(CinCensus, "8866", source, "ReferralSource of the child's first episode in the census is 99, not a valid code");
        }

        if (Pick(cinOnly, firstEpisode.Keys.ToHashSet()) is { } need)
        {
            firstEpisode[need].PrimaryNeedCode = "NX";
            Record(CinCensus, "8650", need, "PrimaryNeedCode of the child's first episode in the census is NX, not a valid code");
        }

        var closed = episodes.Where(e => e.ClosureDate is { } c && c <= end && e.ReasonForClosure is not null)
            .GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.ReferralDate).First());
        if (Pick(cinOnly, closed.Keys.ToHashSet()) is { } closure)
        {
            closed[closure].ReasonForClosure = "RC0";
            Record(CinCensus, "8640", closure, "ReasonForClosure of an episode closed in the year is RC0, not a valid code");
        }

        var assessments = (await db.Assessments
                .Where(a => a.StartDate <= end && a.AuthorisationDate >= start && a.AuthorisationDate <= end)
                .Where(a => a.CinEpisode!.ReferralDate <= end && (a.CinEpisode.ClosureDate == null || a.CinEpisode.ClosureDate > end))
                .Where(a => db.AssessmentFactors.Any(f => f.AssessmentId == a.Id) && !db.AssessmentFactors.Any(f => f.AssessmentId == a.Id && f.Code == "21"))
                .Select(a => new { a.Id, a.CinEpisode!.ChildId })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.Min(a => a.Id));
        if (Pick(cinOnly, assessments.Keys.ToHashSet()) is { } factor)
        {
            db.AssessmentFactors.Add(new ChildInNeed.AssessmentFactor { AssessmentId = assessments[factor], Code = "21" });
            Record(CinCensus, "8869", factor, "factor 21 (no factors identified) added to an assessment completed in the year that has other factors");
        }

        var plans = (await db.ChildProtectionPlans
                .Where(p => p.StartDate >= start && p.StartDate <= end)
                .Select(p => new { Plan = p, p.CinEpisode!.ChildId })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Plan.StartDate).First().Plan);
        if (Pick(cinOnly, plans.Keys.ToHashSet()) is { } category)
        {
            plans[category].InitialCategory = "XXX";
            Record(CinCensus, "8905", category, "InitialCategoryOfAbuse of a plan started in the year is XXX, not a valid code");
        }

        var disabilities = (await db.ChildDisabilities.Where(d => d.Code == "NONE").ToListAsync(cancellationToken))
            .GroupBy(d => d.ChildId).ToDictionary(g => g.Key, g => g.First());
        if (Pick(cinOnly, disabilities.Keys.ToHashSet()) is { } disability)
        {
            disabilities[disability].Code = "ZZZ";
            Record(CinCensus, "8540", disability, "the child's disability is ZZZ, not a valid code");
        }

        using (db.RecordChangesInBulk("demo seed: planted errors"))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return planted;
    }
}
