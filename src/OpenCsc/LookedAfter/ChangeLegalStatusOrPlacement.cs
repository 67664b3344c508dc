using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>A change of legal status or placement as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record CareChangeForm(
    string? Episode, string? Version, string? Day, string? Month, string? Year, IReadOnlyCollection<string> Changes,
    string? LegalStatus, string? Placement, string? Provider, string? Carers, string? Reason);

/// <summary>
/// A looked-after child's legal status or placement changes (or both): as the SSDA903 records it, the open episode ends
/// on the day of the change (its DEC is the new episode's DECOM) with reason X1, the period of care continuing, and a new
/// episode starts that day. The reason for the new episode says what changed: L legal status only; P placement and
/// carers; T both, with new carers; B placement with the same carers; U both, with the same carers. A move between
/// placements that are not temporary records why the placement changed, on the episode that ends. The form carries the
/// open episode's version: if someone else changed it after the form was opened, nothing is saved.
/// </summary>
public static class ChangeLegalStatusOrPlacement
{
    public const string LegalStatusChanged = "legal-status";
    public const string PlacementChanged = "placement";
    public const string NewCarers = "new";
    public const string SameCarers = "same";

    public static async Task<(CareEpisode? Episode, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, CareChangeForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        CareEpisode? current = await OpenCareEpisode.Of(db, childId).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            // A form that showed an open episode, now ended by someone else, is a conflict like any other.
            return (null, [new(
                OpenCareEpisode.NotLookedAfter,
                string.IsNullOrEmpty(form.Episode) ? "The child is not looked after: record that they became looked after first" : EditConflicts.Message)]);
        }

        if (form.Episode != current.Id.ToString(CultureInfo.InvariantCulture) || !db.IsAsSeen(current, form.Version))
        {
            return (null, [new(OpenCareEpisode.Current, EditConflicts.Message)]);
        }

        var problems = new List<FieldProblem>();
        DateOnly? date = FormFields.PastDate(form.Day, form.Month, form.Year, "change-day", "the date of the change", true, today, problems);
        if (date is { } on && on <= current.StartDate)
        {
            problems.Add(new("change-day", $"The date of the change must be after the current episode started ({FormFields.Show(current.StartDate)})"));
        }

        bool legal = form.Changes.Contains(LegalStatusChanged), moved = form.Changes.Contains(PlacementChanged);
        if (!legal && !moved)
        {
            problems.Add(new("changes", "Select what changed: the legal status, the placement, or both"));
        }

        string? legalStatus = null;
        if (legal)
        {
            legalStatus = FormFields.Code(form.LegalStatus, Ssda903Codes.LegalStatus.Codes, "legal-status", "Select the new legal status", problems);
            if (legalStatus == current.LegalStatus)
            {
                problems.Add(new("legal-status", $"The legal status is already {LegalStatuses.Codes.Describe(legalStatus)}: select the new one"));
            }
        }

        string? placement = null, provider = null, reason = null;
        bool sameCarers = false, temporary = false;
        if (moved)
        {
            placement = FormFields.Code(form.Placement, Ssda903Codes.Place.Codes, "placement", "Select the new placement type", problems);
            provider = Placements.Provider(placement, form.Provider, problems);
            if (form.Carers is not (NewCarers or SameCarers))
            {
                problems.Add(new("carers", "Select whether the child stayed with the same carers"));
            }

            sameCarers = form.Carers == SameCarers;
            temporary = Placements.IsTemporary(current.PlacementType) || (placement is not null && Placements.IsTemporary(placement));
            if (temporary)
            {
                if (!string.IsNullOrWhiteSpace(form.Reason))
                {
                    problems.Add(new("reason", "Select no reason: a reason for placement change is not recorded for a move into or out of a temporary placement (T0 to T4)"));
                }
            }
            else if (placement is not null)
            {
                reason = FormFields.Code(form.Reason, Ssda903Codes.ReasonPlaceChange.Codes, "reason", "Select the reason for the placement change", problems);
                if (reason == "CUSTOD" && date is { } day
                    && await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken) is { } born
                    && born.AddYears(10) > day)
                {
                    problems.Add(new("reason", "A child under 10 cannot change placement because of being admitted to custody"));
                }
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        current.EndDate = date;
        current.ReasonEpisodeCeased = "X1";
        current.ReasonForPlacementChange = reason;
        var next = new CareEpisode
        {
            PeriodOfCareId = current.PeriodOfCareId,
            ChildId = childId,
            StartDate = date!.Value,
            ReasonForNewEpisode = (legal, moved, sameCarers) switch
            {
                (true, false, _) => "L",
                (false, true, false) => "P",
                (false, true, true) => "B",
                (true, true, false) => "T",
                _ => "U",
            },
            LegalStatus = legalStatus ?? current.LegalStatus,
            CategoryOfNeed = current.CategoryOfNeed,
            PlacementType = placement ?? current.PlacementType,
            PlacementProvider = moved ? provider : current.PlacementProvider,
            HomePostcode = current.HomePostcode,
            PlacementPostcode = moved ? null : current.PlacementPostcode,
            PlacementUrn = moved ? null : current.PlacementUrn,
            PlacementLocalAuthority = moved ? null : current.PlacementLocalAuthority,
        };
        db.CareEpisodes.Add(next);
        return await db.TrySaveAsync(cancellationToken) ? (next, []) : (null, [new(OpenCareEpisode.Current, EditConflicts.Message)]);
    }
}
