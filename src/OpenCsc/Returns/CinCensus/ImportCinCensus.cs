using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Returns.CinCensus;

/// <summary>
/// Loads a CIN census file into the model, all or nothing: the whole file is read first (any error rejects it with
/// every problem listed, see <see cref="ReturnReadException"/>), then merged in one transaction. Children are matched
/// on their LA id and each record on its natural key (episode: child + referral date; assessment, CIN plan and s47:
/// episode + start date; CP plan: child + start date; review: plan + date). The merge adds what is new, fills blanks
/// and corrects what the file carries differently, and never clears a recorded value the file leaves blank
/// (decision 0029): importing a file exported from the same database changes nothing.
/// </summary>
public static class ImportCinCensus
{
    public static async Task<ImportResult> RunAsync(
        AppDbContext db,
        string path,
        CinCensusReadOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default,
        ImportOptions? importOptions = null)
    {
        var census = CinCensusReader.ReadAll(path, options);
        return await ImportAsync(db, census, Path.GetFileName(path), progress, cancellationToken, importOptions);
    }

    public static async Task<ImportResult> ImportAsync(
        AppDbContext db,
        CinCensus census,
        string fileName,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default,
        ImportOptions? importOptions = null)
    {
        var clock = Stopwatch.StartNew();
        importOptions ??= ImportOptions.Default;
        ImportSummary summary = await ReturnImport.RunAsync(
            db, fileName, census.Children, (chunk, merge) => WriteChunkAsync(db, chunk, census.Year, merge, cancellationToken), progress, importOptions, cancellationToken);
        return new ImportResult(census.Year, census.Children.Count, summary.ChildrenNew, census.Warnings, clock.Elapsed) { Summary = summary, DryRun = importOptions.DryRun };
    }

    private static async Task<int> WriteChunkAsync(AppDbContext db, IReadOnlyList<CinCensusChild> chunk, CollectionYear year, ImportMerge merge, CancellationToken ct)
    {
        var laIds = chunk.Select(c => c.LaChildId).Distinct(StringComparer.Ordinal).ToList();
        var children = await db.Children.Where(c => laIds.Contains(c.LaChildId)).ToDictionaryAsync(c => c.LaChildId, StringComparer.Ordinal, ct);
        var byId = children.Values.ToDictionary(c => c.Id);
        var ids = byId.Keys.ToList();

        var disabilities = (await db.ChildDisabilities.Where(d => ids.Contains(d.ChildId)).ToListAsync(ct))
            .GroupBy(d => d.ChildId).ToDictionary(g => byId[g.Key], g => g.ToList());
        var episodeList = await db.CinEpisodes.Where(e => ids.Contains(e.ChildId)).ToListAsync(ct);
        var episodesById = episodeList.ToDictionary(e => e.Id);
        var episodes = new Dictionary<(Child, DateOnly), CinEpisode>();
        foreach (var e in episodeList)
        {
            episodes.TryAdd((byId[e.ChildId], e.ReferralDate), e);
        }

        var assessmentList = await db.Assessments.Where(a => ids.Contains(a.ChildId)).ToListAsync(ct);
        var assessments = new Dictionary<(CinEpisode, DateOnly), Assessment>();
        foreach (var a in assessmentList)
        {
            assessments.TryAdd((episodesById[a.CinEpisodeId], a.StartDate), a);
        }

        var assessmentsById = assessmentList.ToDictionary(a => a.Id);
        var factors = (await db.AssessmentFactors.Where(f => ids.Contains(f.Assessment!.ChildId)).ToListAsync(ct))
            .GroupBy(f => f.AssessmentId).ToDictionary(g => assessmentsById[g.Key], g => g.ToList());
        var planList = await db.CinPlans.Where(p => ids.Contains(p.ChildId)).ToListAsync(ct);
        var plans = new Dictionary<(CinEpisode, DateOnly), CinPlan>();
        foreach (var p in planList)
        {
            plans.TryAdd((episodesById[p.CinEpisodeId], p.StartDate), p);
        }

        var enquiries = new Dictionary<(CinEpisode, DateOnly), Section47Enquiry>();
        foreach (var s in await db.Section47Enquiries.Where(s => ids.Contains(s.ChildId)).ToListAsync(ct))
        {
            enquiries.TryAdd((episodesById[s.CinEpisodeId], s.StartDate), s);
        }

        var protectionList = await db.ChildProtectionPlans.Where(p => ids.Contains(p.ChildId)).ToListAsync(ct);
        var protection = new Dictionary<(Child, DateOnly), ChildProtectionPlan>();
        foreach (var p in protectionList)
        {
            protection.TryAdd((byId[p.ChildId], p.StartDate), p);
        }

        var protectionById = protectionList.ToDictionary(p => p.Id);
        var reviewList = await db.CpReviewConferences.Where(r => ids.Contains(r.ChildProtectionPlan!.ChildId)).ToListAsync(ct);
        var reviews = new Dictionary<(ChildProtectionPlan, DateOnly), CpReviewConference>();
        foreach (var r in reviewList)
        {
            reviews.TryAdd((protectionById[r.ChildProtectionPlanId], r.Date), r);
        }

        // What the database knows after the file's reference date makes the file older for the as-at fields (rule 5).
        DateOnly reference = year.End;
        var knownAfter = new HashSet<long>(
            episodeList.Where(e => e.ReferralDate > reference || e.ClosureDate > reference).Select(e => e.ChildId)
                .Concat(assessmentList.Where(a => a.StartDate > reference || a.AuthorisationDate > reference).Select(a => a.ChildId))
                .Concat(planList.Where(p => p.StartDate > reference || p.EndDate > reference).Select(p => p.ChildId))
                .Concat(protectionList.Where(p => p.StartDate > reference || p.EndDate > reference).Select(p => p.ChildId)));
        var plansKnownAfter = new HashSet<long>(
            protectionList.Where(p => p.EndDate > reference).Select(p => p.Id)
                .Concat(reviewList.Where(r => r.Date > reference).Select(r => r.ChildProtectionPlanId)));

        int added = 0;
        foreach (CinCensusChild record in chunk)
        {
            if (!children.TryGetValue(record.LaChildId, out Child? child))
            {
                child = new Child { LaChildId = record.LaChildId };
                db.Children.Add(child);
                children.Add(record.LaChildId, child);
                added++;
            }

            merge.Matched(child);
            MergeChild(child, record, knownAfter.Contains(child.Id));

            if (record.Disabilities.Count > 0)
            {
                if (!disabilities.TryGetValue(child, out var existing))
                {
                    disabilities[child] = existing = [];
                }

                MergeDisabilities(db, child, existing, record.Disabilities, knownAfter.Contains(child.Id), merge);
            }

            foreach (CinCensusEpisode e in record.Episodes)
            {
                if (!episodes.TryGetValue((child, e.ReferralDate), out CinEpisode? episode))
                {
                    episode = new CinEpisode { Child = child, ReferralDate = e.ReferralDate };
                    db.CinEpisodes.Add(episode);
                    episodes.Add((child, e.ReferralDate), episode);
                }

                merge.Matched(episode);
                episode.ReferralSource = ImportMerge.KeepText(episode.ReferralSource, e.ReferralSource);
                episode.PrimaryNeedCode = ImportMerge.Keep(episode.PrimaryNeedCode, e.PrimaryNeedCode);
                episode.ClosureDate = ImportMerge.Keep(episode.ClosureDate, e.ClosureDate);
                episode.ReasonForClosure = ImportMerge.Keep(episode.ReasonForClosure, e.ReasonForClosure);
                episode.ReferralNfa = e.ReferralNfa;

                foreach (CinCensusAssessment a in e.Assessments)
                {
                    if (!assessments.TryGetValue((episode, a.ActualStartDate), out Assessment? assessment))
                    {
                        assessment = new Assessment { CinEpisode = episode, Child = child, StartDate = a.ActualStartDate };
                        db.Assessments.Add(assessment);
                        assessments.Add((episode, a.ActualStartDate), assessment);
                    }

                    merge.Matched(assessment);
                    assessment.InternalReviewDate = ImportMerge.Keep(assessment.InternalReviewDate, a.InternalReviewDate);
                    assessment.AuthorisationDate = ImportMerge.Keep(assessment.AuthorisationDate, a.AuthorisationDate);
                    if (!factors.TryGetValue(assessment, out var existingFactors))
                    {
                        factors[assessment] = existingFactors = [];
                    }

                    Assessment owner = assessment;
                    existingFactors.ForEach(merge.Matched);
                    ReturnImport.AddToSet(db, existingFactors, a.Factors, f => f.Code, code => new AssessmentFactor { Assessment = owner, Code = code });
                }

                foreach (CinCensusPlan p in e.CinPlans)
                {
                    if (!plans.TryGetValue((episode, p.StartDate), out CinPlan? plan))
                    {
                        plan = new CinPlan { CinEpisode = episode, Child = child, StartDate = p.StartDate };
                        db.CinPlans.Add(plan);
                        plans.Add((episode, p.StartDate), plan);
                    }

                    merge.Matched(plan);
                    plan.EndDate = ImportMerge.Keep(plan.EndDate, p.EndDate);
                }

                foreach (CinCensusSection47 s in e.Section47s)
                {
                    if (!enquiries.TryGetValue((episode, s.ActualStartDate), out Section47Enquiry? enquiry))
                    {
                        enquiry = new Section47Enquiry { CinEpisode = episode, Child = child, StartDate = s.ActualStartDate };
                        db.Section47Enquiries.Add(enquiry);
                        enquiries.Add((episode, s.ActualStartDate), enquiry);
                    }

                    merge.Matched(enquiry);
                    enquiry.InitialCpcTarget = ImportMerge.Keep(enquiry.InitialCpcTarget, s.InitialCpcTarget);
                    enquiry.DateOfInitialCpc = ImportMerge.Keep(enquiry.DateOfInitialCpc, s.DateOfInitialCpc);
                    enquiry.IcpcNotRequired |= s.IcpcNotRequired;
                }

                foreach (CinCensusProtectionPlan p in e.ChildProtectionPlans)
                {
                    if (!protection.TryGetValue((child, p.StartDate), out ChildProtectionPlan? plan))
                    {
                        plan = new ChildProtectionPlan { Child = child, StartDate = p.StartDate };
                        db.ChildProtectionPlans.Add(plan);
                        protection.Add((child, p.StartDate), plan);
                    }

                    merge.Matched(plan);
                    if (plan.CinEpisode != episode)
                    {
                        plan.CinEpisode = episode;
                    }

                    plan.EndDate = ImportMerge.Keep(plan.EndDate, p.EndDate);
                    plan.InitialCategory = ImportMerge.KeepText(plan.InitialCategory, p.InitialCategoryOfAbuse);
                    plan.LatestCategory = ImportMerge.AsAt(plan.LatestCategory, p.LatestCategoryOfAbuse, plansKnownAfter.Contains(plan.Id)) ?? plan.LatestCategory;
                    // The export writes 0 for a count not recorded: a 0 does not fill the blank (rule 7).
                    plan.NumberOfPreviousPlans = p.NumberOfPreviousCpp == 0 && plan.NumberOfPreviousPlans is null && plan.Id > 0 ? null : p.NumberOfPreviousCpp;
                    foreach (DateOnly date in p.ReviewDates)
                    {
                        if (reviews.TryGetValue((plan, date), out CpReviewConference? review))
                        {
                            merge.Matched(review);
                        }
                        else
                        {
                            review = new CpReviewConference { ChildProtectionPlan = plan, Date = date };
                            db.CpReviewConferences.Add(review);
                            reviews.Add((plan, date), review);
                        }
                    }
                }
            }
        }

        return added;
    }

    /// <summary>The child's characteristics: dates fill or correct; sex, ethnicity and UPNs are as at the reference date (rule 5).</summary>
    private static void MergeChild(Child child, CinCensusChild record, bool knownLater)
    {
        bool isNew = child.Id == 0;
        child.Upn = ImportMerge.AsAt(child.Upn, record.Upn, knownLater);
        child.FormerUpn = ImportMerge.AsAt(child.FormerUpn, record.FormerUpn, knownLater);
        if (child.Upn is null)
        {
            child.UpnUnknownReason = ImportMerge.AsAt(child.UpnUnknownReason, record.UpnUnknown, knownLater);
        }
        else if (child.Upn == record.Upn && string.IsNullOrEmpty(record.UpnUnknown))
        {
            // A UPN replaces the reason there was none.
            child.UpnUnknownReason = null;
        }

        child.DateOfBirth = ImportMerge.Keep(child.DateOfBirth, record.PersonBirthDate);
        child.ExpectedDateOfBirth = ImportMerge.Keep(child.ExpectedDateOfBirth, record.ExpectedPersonBirthDate);
        string sex = ReturnImport.StoredSex(record.Sex);
        child.Sex = isNew || !knownLater ? ImportMerge.KeepText(child.Sex, sex) : child.Sex;
        child.Ethnicity = isNew || !knownLater ? ImportMerge.KeepText(child.Ethnicity, record.Ethnicity) : child.Ethnicity;
        child.DateOfDeath = ImportMerge.Keep(child.DateOfDeath, record.PersonDeathDate);
    }

    /// <summary>
    /// Adds the codes the file lists and the child lacks; removes none, except that a real code replaces a recorded
    /// NONE. A file older than what is recorded of the child only fills an empty set.
    /// </summary>
    private static void MergeDisabilities(AppDbContext db, Child child, List<ChildDisability> existing, IReadOnlyList<string> codes, bool knownLater, ImportMerge merge)
    {
        existing.ForEach(merge.Matched);
        if (knownLater && existing.Count > 0)
        {
            return;
        }

        var wanted = codes.ToList();
        if (existing.Any(d => d.Code != "NONE"))
        {
            wanted.Remove("NONE");
        }

        if (wanted.Any(c => c != "NONE"))
        {
            wanted.Remove("NONE");
            foreach (ChildDisability none in existing.Where(d => d.Code == "NONE").ToList())
            {
                db.Remove(none);
                existing.Remove(none);
            }
        }

        ReturnImport.AddToSet(db, existing, wanted, d => d.Code, code => new ChildDisability { Child = child, Code = code });
    }
}
