using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.LookedAfter;

namespace OpenCsc.Returns.Ssda903;

/// <summary>
/// The SSDA903 return for a collection year from the model, following the DfE's inclusion: children looked after at
/// any time in the year (episodes overlapping it, reviews and missing episodes in it, their UASC, placed-for-adoption,
/// previous permanence and social worker rows, OC2 health outcomes recorded for the year, AD1 for those adopted in
/// it) and care leavers with their 17th to 21st birthday in the year (OC3). Dates after 31 March are left out.
/// </summary>
public static class ExportSsda903
{
    public static async Task<Ssda903Return> ReadAsync(AppDbContext db, CollectionYear year, CancellationToken cancellationToken = default)
    {
        DateOnly start = year.Start;
        DateOnly end = year.End;
        DateOnly oldestLeaver = start.AddYears(-21);
        DateOnly youngestLeaver = end.AddYears(-17);

        IQueryable<long> looked = db.CareEpisodes.Where(OpenCsc.Data.DatedPeriods.OpenDuring<OpenCsc.LookedAfter.CareEpisode>(start, end))
            .Select(e => e.ChildId);

        // The latest status each care leaver had recorded in the year, for those with a 17th-21st birthday in it.
        var statuses = (await db.CareLeaverStatuses.AsNoTracking()
            .Where(s => s.RecordedOn >= start && s.RecordedOn <= end)
            .Where(s => s.Child!.DateOfBirth >= oldestLeaver && s.Child.DateOfBirth <= youngestLeaver)
            .Select(s => new { s.ChildId, s.RecordedOn, s.Id, s.InTouch, s.Activity, Accommodation = s.Accommodation == null ? null : s.Accommodation + (s.AccommodationSuitable == true ? "1" : s.AccommodationSuitable == false ? "2" : "") })
            .ToListAsync(cancellationToken))
            .GroupBy(s => s.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.RecordedOn).ThenBy(s => s.Id).Last());

        var lookedAfter = (await looked.Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var included = new HashSet<long>(lookedAfter);
        included.UnionWith(statuses.Keys);

        var children = (await db.Children.AsNoTracking()
            .Where(c => looked.Contains(c.Id) || db.CareLeaverStatuses.Any(s => s.ChildId == c.Id && s.RecordedOn >= start && s.RecordedOn <= end
                && c.DateOfBirth >= oldestLeaver && c.DateOfBirth <= youngestLeaver))
            .Select(c => new { c.Id, c.LaChildId, c.Sex, c.DateOfBirth, c.ExpectedDateOfBirth, c.Ethnicity, c.Upn, c.UpnUnknownReason, c.IsMother, c.MothersChildDateOfBirth, c.IsUasc, c.UascCeasedDate })
            .ToListAsync(cancellationToken))
            .Where(c => included.Contains(c.Id))
            .OrderBy(c => c.LaChildId, StringComparer.Ordinal)
            .ToList();

        var episodes = (await db.CareEpisodes.AsNoTracking()
            .Where(OpenCsc.Data.DatedPeriods.OpenDuring<OpenCsc.LookedAfter.CareEpisode>(start, end))
            .ToListAsync(cancellationToken))
            .ToLookup(e => e.ChildId);

        var reviews = (await db.LacReviews.AsNoTracking()
            .Where(r => r.Date >= start && r.Date <= end && looked.Contains(r.ChildId))
            .Select(r => new { r.ChildId, r.Date, r.ParticipationCode })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.ChildId);

        var outcomes = (await db.AnnualHealthOutcomes.AsNoTracking()
            .Where(o => o.YearEnding == end && looked.Contains(o.ChildId))
            .ToListAsync(cancellationToken))
            .GroupBy(o => o.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Id).Last());

        var adoptions = (await db.Adoptions.AsNoTracking()
            .Where(a => a.DateShouldBePlaced != null && a.DateMatched != null && looked.Contains(a.ChildId))
            .ToListAsync(cancellationToken))
            .GroupBy(a => a.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Id).Last());

        // The end of each child's latest period of care that ended before the year: a decision to place for adoption
        // made in it (say, before an adoption that later broke down) belongs to that period and is not returned (rule 1003).
        var endedBefore = (await db.PeriodsOfCare.AsNoTracking()
            .Where(p => p.EndDate != null && p.EndDate < start && looked.Contains(p.ChildId))
            .Select(p => new { p.ChildId, EndDate = p.EndDate!.Value })
            .ToListAsync(cancellationToken))
            .GroupBy(p => p.ChildId)
            .ToDictionary(g => g.Key, g => g.Max(p => p.EndDate));

        var decisions = (await db.AdoptionDecisions.AsNoTracking()
            .Where(d => d.DecisionDate <= end && (d.DecisionCeasedDate == null || d.DecisionCeasedDate >= start) && looked.Contains(d.ChildId))
            .Select(d => new { d.ChildId, d.DecisionDate, d.DecisionCeasedDate, d.ReasonCeased })
            .ToListAsync(cancellationToken))
            .ToLookup(d => d.ChildId);

        var permanence = (await db.PreviousPermanences.AsNoTracking()
            .Where(p => looked.Contains(p.ChildId))
            .ToListAsync(cancellationToken))
            .GroupBy(p => p.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).Last());

        var missing = (await db.MissingEpisodes.AsNoTracking()
            .Where(m => m.StartDate >= start && m.StartDate <= end && looked.Contains(m.ChildId))
            .Select(m => new { m.ChildId, m.Kind, m.StartDate, m.EndDate })
            .ToListAsync(cancellationToken))
            .ToLookup(m => m.ChildId);

        var workers = (await db.SocialWorkerEpisodes.AsNoTracking()
            .Where(OpenCsc.Data.DatedPeriods.OpenDuring<OpenCsc.LookedAfter.SocialWorkerEpisode>(start, end)).Where(w => looked.Contains(w.ChildId))
            .Select(w => new { w.ChildId, w.SocialWorkerId, w.StartDate, w.EndDate, w.ReasonForChange })
            .ToListAsync(cancellationToken))
            .ToLookup(w => w.ChildId);

        var data = new Ssda903Return();
        foreach (var child in children)
        {
            string id = child.LaChildId;
            DateOnly dob = child.DateOfBirth ?? child.ExpectedDateOfBirth ?? default;
            data.Headers.Add(new Ssda903Header
            {
                Child = id,
                Sex = child.Sex,
                Dob = dob,
                Ethnic = child.Ethnicity,
                Upn = child.Upn ?? child.UpnUnknownReason ?? "UN1",
                // Motherhood is not returned for care leavers not looked after in the year (rule 628).
                Mother = lookedAfter.Contains(child.Id) ? child.IsMother : null,
                McDob = lookedAfter.Contains(child.Id) ? child.MothersChildDateOfBirth : null,
            });

            if (!lookedAfter.Contains(child.Id))
            {
                AddLeaver(data, id, dob, statuses[child.Id].InTouch, statuses[child.Id].Activity, statuses[child.Id].Accommodation);
                continue;
            }

            var childEpisodes = episodes[child.Id].OrderBy(e => e.StartDate).ToList();
            foreach (CareEpisode e in childEpisodes)
            {
                bool ended = e.EndDate is { } d && d <= end;
                data.Episodes.Add(new Ssda903Episode
                {
                    Child = id,
                    Decom = e.StartDate,
                    Rne = e.ReasonForNewEpisode,
                    Ls = e.LegalStatus,
                    Cin = e.CategoryOfNeed,
                    Place = e.PlacementType,
                    PlaceProvider = e.PlacementProvider,
                    Dec = ended ? e.EndDate : null,
                    Rec = ended ? e.ReasonEpisodeCeased : null,
                    ReasonPlaceChange = ended ? e.ReasonForPlacementChange : null,
                    HomePost = e.HomePostcode,
                    PlPost = e.PlacementPostcode,
                    Urn = e.PlacementUrn,
                });
            }

            foreach (var r in reviews[child.Id].OrderBy(r => r.Date))
            {
                data.Reviews.Add(new Ssda903Review { Child = id, Dob = dob, Review = r.Date, ReviewCode = r.ParticipationCode ?? "" });
            }

            if (child.IsUasc)
            {
                data.Uasc.Add(new Ssda903Uasc { Child = id, Sex = child.Sex, Dob = dob, Duc = child.UascCeasedDate });
            }

            if (outcomes.TryGetValue(child.Id, out AnnualHealthOutcomes? o))
            {
                data.Oc2.Add(new Ssda903Oc2
                {
                    Child = id,
                    Dob = dob,
                    SdqScore = o.SdqScore,
                    SdqReason = o.SdqReason,
                    Convicted = o.Convicted,
                    HealthCheck = o.HealthCheck,
                    Immunisations = o.Immunisations,
                    TeethCheck = o.TeethCheck,
                    HealthAssessment = o.HealthAssessment,
                    SubstanceMisuse = o.SubstanceMisuse,
                    InterventionReceived = o.InterventionReceived,
                    InterventionOffered = o.InterventionOffered,
                });
            }

            // A 17- or 18-year-old who left care on or after that birthday has no care leaver information due yet (rule 1016).
            DateOnly? leftCare = childEpisodes.Where(e => e.EndDate is { } d && d <= end).Max(e => e.EndDate);
            int ageAtEnd = Validation.ReturnValues.AgeOn(dob, end);
            bool leftAfterBirthday = leftCare is { } left && ageAtEnd is 17 or 18 && left >= dob.AddYears(ageAtEnd);
            if (!leftAfterBirthday && statuses.TryGetValue(child.Id, out var status))
            {
                AddLeaver(data, id, dob, status.InTouch, status.Activity, status.Accommodation);
            }

            bool adoptedInYear = childEpisodes.Any(e => e.EndDate is { } d && d <= end && e.ReasonEpisodeCeased is "E11" or "E12");
            if (adoptedInYear && adoptions.TryGetValue(child.Id, out Adoption? a))
            {
                data.Ad1.Add(new Ssda903Ad1
                {
                    Child = id,
                    Dob = dob,
                    DateInt = a.DateShouldBePlaced!.Value,
                    DateMatch = a.DateMatched!.Value,
                    FosterCare = a.AdoptedByFosterCarer,
                    NbAdoptr = a.NumberOfAdopters,
                    SexAdoptr = a.SexOfAdopters ?? "",
                    LsAdoptr = a.LegalStatusOfAdopters ?? "",
                });
            }

            foreach (var d in decisions[child.Id].Where(d => !endedBefore.TryGetValue(child.Id, out DateOnly ended) || d.DecisionDate > ended).OrderBy(d => d.DecisionDate))
            {
                bool ceased = d.DecisionCeasedDate is { } c && c <= end;
                data.PlacedAdoption.Add(new Ssda903PlacedAdoption
                {
                    Child = id,
                    Dob = dob,
                    DatePlaced = d.DecisionDate,
                    DatePlacedCeased = ceased ? d.DecisionCeasedDate : null,
                    ReasonPlacedCeased = ceased ? d.ReasonCeased : null,
                });
            }

            // Previous permanence is returned for a child who started to be looked after in the year (rule 634).
            bool startedInYear = childEpisodes.Any(e => e.StartDate >= start && e.ReasonForNewEpisode == "S");
            if (startedInYear && permanence.TryGetValue(child.Id, out PreviousPermanence? p))
            {
                data.PrevPerm.Add(new Ssda903PrevPerm { Child = id, Dob = dob, PrevPerm = p.PreviousPermanenceCode, LaPerm = p.LocalAuthority, DatePerm = p.DateOfPermanence });
            }

            foreach (var m in missing[child.Id].OrderBy(m => m.StartDate))
            {
                data.Missing.Add(new Ssda903Missing
                {
                    Child = id,
                    Dob = dob,
                    Missing = m.Kind == MissingKind.Missing ? "M" : "A",
                    MisStart = m.StartDate,
                    MisEnd = m.EndDate is { } d && d <= end ? d : null,
                });
            }

            foreach (var w in workers[child.Id].OrderBy(w => w.StartDate))
            {
                bool ended = w.EndDate is { } d && d <= end;
                data.SwEpisodes.Add(new Ssda903SwEpisode
                {
                    Child = id,
                    Dob = dob,
                    SwId = w.SocialWorkerId,
                    SwDecom = w.StartDate,
                    SwDec = ended ? w.EndDate : null,
                    // SW_REASON is the reason for the change that began the episode, returned on every episode (SW13STG1).
                    SwReason = w.ReasonForChange,
                });
            }
        }

        return data;
    }

    /// <summary>Writes the return as the DfE's CSV tables into a folder; returns the paths written.</summary>
    public static async Task<IReadOnlyList<string>> WriteFolderAsync(AppDbContext db, CollectionYear year, string folder, CancellationToken cancellationToken = default)
    {
        Ssda903Return data = await ReadAsync(db, year, cancellationToken);
        return Ssda903CsvWriter.WriteFolder(folder, data, year);
    }

    /// <summary>Writes the return as one EXPSSDA903 XML file.</summary>
    public static async Task<Ssda903Return> WriteXmlAsync(AppDbContext db, CollectionYear year, string path, CancellationToken cancellationToken = default)
    {
        Ssda903Return data = await ReadAsync(db, year, cancellationToken);
        Ssda903XmlWriter.Write(path, data, year);
        return data;
    }

    /// <summary>
    /// A care leaver's OC3 row. When the authority is not in touch (or the young person died or went home), activity
    /// and accommodation are 0, not applicable (rules 132, 133, 153, 344), unless something was recorded.
    /// </summary>
    private static void AddLeaver(Ssda903Return data, string id, DateOnly dob, string inTouch, string? activity, string? accommodation)
    {
        string notApplicable = inTouch == "YES" ? "" : "0";
        data.Oc3.Add(new Ssda903Oc3 { Child = id, Dob = dob, InTouch = inTouch, Activ = activity ?? notApplicable, Accom = accommodation ?? notApplicable });
    }
}
