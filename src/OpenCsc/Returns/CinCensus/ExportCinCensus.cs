using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.CinCensus;

/// <summary>
/// The CIN census for a collection year from the model: every child with an episode of need open at any time in the
/// year (referred in it, or referred before and not closed before it), with what happened in each episode during
/// the year. Dates after 31 March are not yet known to the census, so they are left out (an episode closed in May
/// is reported open).
/// </summary>
public static class ExportCinCensus
{
    /// <summary>Reads the year's census records with one query per table.</summary>
    public static async Task<IReadOnlyList<CinCensusChild>> ReadAsync(AppDbContext db, CollectionYear year, CancellationToken cancellationToken = default)
    {
        DateOnly start = year.Start;
        DateOnly end = year.End;

        var episodes = await db.CinEpisodes.AsNoTracking()
            .Where(e => e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start))
            .Select(e => new { e.Id, e.ChildId, e.ReferralDate, e.ReferralSource, e.PrimaryNeedCode, e.ClosureDate, e.ReasonForClosure, e.ReferralNfa })
            .ToListAsync(cancellationToken);

        var children = await db.Children.AsNoTracking()
            .Where(c => db.CinEpisodes.Any(e => e.ChildId == c.Id && e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start)))
            .Select(c => new { c.Id, c.LaChildId, c.Upn, c.FormerUpn, c.UpnUnknownReason, c.DateOfBirth, c.ExpectedDateOfBirth, c.Sex, c.DateOfDeath, c.Ethnicity })
            .ToListAsync(cancellationToken);

        var disabilities = (await db.ChildDisabilities.AsNoTracking()
            .Where(d => db.CinEpisodes.Any(e => e.ChildId == d.ChildId && e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start)))
            .Select(d => new { d.ChildId, d.Code, d.Id })
            .ToListAsync(cancellationToken))
            .ToLookup(d => d.ChildId);

        var assessments = (await db.Assessments.AsNoTracking()
            .Where(a => a.CinEpisode!.ReferralDate <= end && (a.CinEpisode.ClosureDate == null || a.CinEpisode.ClosureDate >= start))
            .Where(a => a.StartDate <= end && (a.AuthorisationDate == null || a.AuthorisationDate >= start))
            .Select(a => new { a.Id, a.CinEpisodeId, a.StartDate, a.InternalReviewDate, a.AuthorisationDate })
            .ToListAsync(cancellationToken))
            .ToLookup(a => a.CinEpisodeId);

        var factors = (await db.AssessmentFactors.AsNoTracking()
            .Where(f => f.Assessment!.CinEpisode!.ReferralDate <= end && (f.Assessment.CinEpisode.ClosureDate == null || f.Assessment.CinEpisode.ClosureDate >= start))
            .Where(f => f.Assessment!.StartDate <= end && (f.Assessment.AuthorisationDate == null || f.Assessment.AuthorisationDate >= start))
            .Select(f => new { f.AssessmentId, f.Code })
            .ToListAsync(cancellationToken))
            .ToLookup(f => f.AssessmentId, f => f.Code);

        var plans = (await db.CinPlans.AsNoTracking()
            .Where(p => p.CinEpisode!.ReferralDate <= end && (p.CinEpisode.ClosureDate == null || p.CinEpisode.ClosureDate >= start))
            .Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start))
            .Select(p => new { p.CinEpisodeId, p.StartDate, p.EndDate })
            .ToListAsync(cancellationToken))
            .ToLookup(p => p.CinEpisodeId);

        var enquiries = (await db.Section47Enquiries.AsNoTracking()
            .Where(s => s.CinEpisode!.ReferralDate <= end && (s.CinEpisode.ClosureDate == null || s.CinEpisode.ClosureDate >= start))
            // Enquiries started in the year, with their conference in it, or still open at its start; one started
            // before the year and concluded without a conference (ICPC not required) ended before it.
            .Where(s => s.StartDate <= end && ((s.DateOfInitialCpc == null && !s.IcpcNotRequired) || s.DateOfInitialCpc >= start || s.StartDate >= start))
            .Select(s => new { s.CinEpisodeId, s.StartDate, s.InitialCpcTarget, s.DateOfInitialCpc, s.IcpcNotRequired })
            .ToListAsync(cancellationToken))
            .ToLookup(s => s.CinEpisodeId);

        var protectionPlans = (await db.ChildProtectionPlans.AsNoTracking()
            .Where(p => p.CinEpisode!.ReferralDate <= end && (p.CinEpisode.ClosureDate == null || p.CinEpisode.ClosureDate >= start))
            .Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start))
            .Select(p => new { p.Id, p.CinEpisodeId, p.StartDate, p.EndDate, p.InitialCategory, p.LatestCategory, p.NumberOfPreviousPlans })
            .ToListAsync(cancellationToken))
            .ToLookup(p => p.CinEpisodeId);

        var reviews = (await db.CpReviewConferences.AsNoTracking()
            .Where(r => r.Date >= start && r.Date <= end)
            .Where(r => r.ChildProtectionPlan!.CinEpisode!.ReferralDate <= end && (r.ChildProtectionPlan.CinEpisode.ClosureDate == null || r.ChildProtectionPlan.CinEpisode.ClosureDate >= start))
            .Select(r => new { r.ChildProtectionPlanId, r.Date })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.ChildProtectionPlanId, r => r.Date);

        var episodesByChild = episodes.ToLookup(e => e.ChildId);
        var result = new List<CinCensusChild>(children.Count);
        foreach (var child in children.OrderBy(c => c.LaChildId, StringComparer.Ordinal))
        {
            var childEpisodes = new List<CinCensusEpisode>();
            foreach (var e in episodesByChild[child.Id].OrderBy(e => e.ReferralDate))
            {
                var s47s = enquiries[e.Id].OrderBy(s => s.StartDate).Select(s => new CinCensusSection47
                {
                    ActualStartDate = s.StartDate,
                    InitialCpcTarget = s.InitialCpcTarget,
                    DateOfInitialCpc = Known(s.DateOfInitialCpc, end),
                    IcpcNotRequired = s.IcpcNotRequired,
                }).ToList();
                bool closed = e.ClosureDate is { } closure && closure <= end;
                childEpisodes.Add(new CinCensusEpisode
                {
                    ReferralDate = e.ReferralDate,
                    ReferralSource = e.ReferralSource,
                    PrimaryNeedCode = e.PrimaryNeedCode,
                    ClosureDate = closed ? e.ClosureDate : null,
                    ReasonForClosure = closed ? e.ReasonForClosure : null,
                    // Every conference the model holds follows an enquiry, so it is returned there only: the census
                    // records an initial conference at one level, not both (rule 2884).
                    DateOfInitialCpc = null,
                    ReferralNfa = e.ReferralNfa,
                    Assessments = assessments[e.Id].OrderBy(a => a.StartDate).Select(a => new CinCensusAssessment
                    {
                        ActualStartDate = a.StartDate,
                        InternalReviewDate = Known(a.InternalReviewDate, end),
                        AuthorisationDate = Known(a.AuthorisationDate, end),
                        Factors = factors[a.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                    }).ToList(),
                    CinPlans = plans[e.Id].OrderBy(p => p.StartDate).Select(p => new CinCensusPlan
                    {
                        StartDate = p.StartDate,
                        EndDate = Known(p.EndDate, end),
                    }).ToList(),
                    Section47s = s47s,
                    ChildProtectionPlans = protectionPlans[e.Id].OrderBy(p => p.StartDate).Select(p => new CinCensusProtectionPlan
                    {
                        StartDate = p.StartDate,
                        EndDate = Known(p.EndDate, end),
                        InitialCategoryOfAbuse = p.InitialCategory,
                        LatestCategoryOfAbuse = p.LatestCategory,
                        NumberOfPreviousCpp = p.NumberOfPreviousPlans ?? 0,
                        ReviewDates = reviews[p.Id].Distinct().Order().ToList(),
                    }).ToList(),
                });
            }

            result.Add(new CinCensusChild
            {
                LaChildId = child.LaChildId,
                Upn = child.Upn,
                FormerUpn = child.FormerUpn,
                UpnUnknown = child.UpnUnknownReason,
                PersonBirthDate = child.DateOfBirth,
                ExpectedPersonBirthDate = child.DateOfBirth is null ? child.ExpectedDateOfBirth : null,
                Sex = child.Sex,
                PersonDeathDate = Known(child.DateOfDeath, end),
                Ethnicity = child.Ethnicity,
                Disabilities = disabilities[child.Id].OrderBy(d => d.Id).Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList(),
                Episodes = childEpisodes,
            });
        }

        return result;
    }

    /// <summary>Writes the year's census; returns the number of children written.</summary>
    public static async Task<int> WriteAsync(AppDbContext db, CollectionYear year, Stream output, CancellationToken cancellationToken = default)
    {
        var children = await ReadAsync(db, year, cancellationToken);
        string lea = await db.Authorities.AsNoTracking().OrderBy(a => a.Id).Select(a => a.LaCode).FirstOrDefaultAsync(cancellationToken) ?? "000";
        CinCensusWriter.Write(output, year, CinCensusFile.For(year, lea), children);
        return children.Count;
    }

    private static DateOnly? Known(DateOnly? date, DateOnly end) => date is { } d && d <= end ? d : null;
}
