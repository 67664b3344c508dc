using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Returns.CinCensus;

/// <summary>
/// Loads a CIN census file into the model, all or nothing: the whole file is read first (any error rejects it with
/// every problem listed, see <see cref="ReturnReadException"/>), then written in one transaction. Children are matched
/// on their LA id and each record on its natural key (episode: child + referral date; assessment, CIN plan and s47:
/// episode + start date; CP plan: child + start date; review: plan + date), so importing again changes nothing and a
/// later file updates what an earlier one said.
/// </summary>
public static class ImportCinCensus
{
    public static async Task<ImportResult> RunAsync(
        AppDbContext db,
        string path,
        CinCensusReadOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var census = CinCensusReader.ReadAll(path, options);
        return await ImportAsync(db, census, Path.GetFileName(path), progress, cancellationToken);
    }

    public static async Task<ImportResult> ImportAsync(AppDbContext db, CinCensus census, string fileName, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        int added = await ReturnImport.RunAsync(db, fileName, census.Children, chunk => WriteChunkAsync(db, chunk, cancellationToken), progress, cancellationToken);
        return new ImportResult(census.Year, census.Children.Count, added, census.Warnings, clock.Elapsed);
    }

    private static async Task<int> WriteChunkAsync(AppDbContext db, IReadOnlyList<CinCensusChild> chunk, CancellationToken ct)
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
        var plans = new Dictionary<(CinEpisode, DateOnly), CinPlan>();
        foreach (var p in await db.CinPlans.Where(p => ids.Contains(p.ChildId)).ToListAsync(ct))
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
        var reviews = new HashSet<(ChildProtectionPlan, DateOnly)>();
        foreach (var r in await db.CpReviewConferences.Where(r => ids.Contains(r.ChildProtectionPlan!.ChildId)).ToListAsync(ct))
        {
            reviews.Add((protectionById[r.ChildProtectionPlanId], r.Date));
        }

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

            child.Upn = record.Upn;
            child.FormerUpn = record.FormerUpn;
            child.UpnUnknownReason = record.UpnUnknown;
            child.DateOfBirth = record.PersonBirthDate;
            child.ExpectedDateOfBirth = record.ExpectedPersonBirthDate;
            child.Sex = ReturnImport.StoredSex(record.Sex);
            child.Ethnicity = record.Ethnicity;
            child.DateOfDeath = record.PersonDeathDate ?? child.DateOfDeath;

            if (record.Disabilities.Count > 0)
            {
                if (!disabilities.TryGetValue(child, out var existing))
                {
                    disabilities[child] = existing = [];
                }

                ReturnImport.ReplaceSet(db, existing, record.Disabilities, d => d.Code, code => new ChildDisability { Child = child, Code = code });
            }

            foreach (CinCensusEpisode e in record.Episodes)
            {
                if (!episodes.TryGetValue((child, e.ReferralDate), out CinEpisode? episode))
                {
                    episode = new CinEpisode { Child = child, ReferralDate = e.ReferralDate };
                    db.CinEpisodes.Add(episode);
                    episodes.Add((child, e.ReferralDate), episode);
                }

                episode.ReferralSource = e.ReferralSource;
                episode.PrimaryNeedCode = e.PrimaryNeedCode;
                episode.ClosureDate = e.ClosureDate;
                episode.ReasonForClosure = e.ReasonForClosure;
                episode.ReferralNfa = e.ReferralNfa;

                foreach (CinCensusAssessment a in e.Assessments)
                {
                    if (!assessments.TryGetValue((episode, a.ActualStartDate), out Assessment? assessment))
                    {
                        assessment = new Assessment { CinEpisode = episode, Child = child, StartDate = a.ActualStartDate };
                        db.Assessments.Add(assessment);
                        assessments.Add((episode, a.ActualStartDate), assessment);
                    }

                    assessment.InternalReviewDate = a.InternalReviewDate;
                    assessment.AuthorisationDate = a.AuthorisationDate;
                    if (!factors.TryGetValue(assessment, out var existingFactors))
                    {
                        factors[assessment] = existingFactors = [];
                    }

                    Assessment owner = assessment;
                    ReturnImport.ReplaceSet(db, existingFactors, a.Factors, f => f.Code, code => new AssessmentFactor { Assessment = owner, Code = code });
                }

                foreach (CinCensusPlan p in e.CinPlans)
                {
                    if (!plans.TryGetValue((episode, p.StartDate), out CinPlan? plan))
                    {
                        plan = new CinPlan { CinEpisode = episode, Child = child, StartDate = p.StartDate };
                        db.CinPlans.Add(plan);
                        plans.Add((episode, p.StartDate), plan);
                    }

                    plan.EndDate = p.EndDate;
                }

                foreach (CinCensusSection47 s in e.Section47s)
                {
                    if (!enquiries.TryGetValue((episode, s.ActualStartDate), out Section47Enquiry? enquiry))
                    {
                        enquiry = new Section47Enquiry { CinEpisode = episode, Child = child, StartDate = s.ActualStartDate };
                        db.Section47Enquiries.Add(enquiry);
                        enquiries.Add((episode, s.ActualStartDate), enquiry);
                    }

                    enquiry.InitialCpcTarget = s.InitialCpcTarget;
                    enquiry.DateOfInitialCpc = s.DateOfInitialCpc;
                    enquiry.IcpcNotRequired = s.IcpcNotRequired;
                }

                foreach (CinCensusProtectionPlan p in e.ChildProtectionPlans)
                {
                    if (!protection.TryGetValue((child, p.StartDate), out ChildProtectionPlan? plan))
                    {
                        plan = new ChildProtectionPlan { Child = child, StartDate = p.StartDate };
                        db.ChildProtectionPlans.Add(plan);
                        protection.Add((child, p.StartDate), plan);
                    }

                    plan.CinEpisode = episode;
                    plan.EndDate = p.EndDate;
                    plan.InitialCategory = p.InitialCategoryOfAbuse;
                    plan.LatestCategory = p.LatestCategoryOfAbuse;
                    plan.NumberOfPreviousPlans = p.NumberOfPreviousCpp;
                    foreach (DateOnly date in p.ReviewDates)
                    {
                        if (reviews.Add((plan, date)))
                        {
                            db.CpReviewConferences.Add(new CpReviewConference { ChildProtectionPlan = plan, Date = date });
                        }
                    }
                }
            }
        }

        return added;
    }
}
