using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.LookedAfter;

/// <summary>
/// A change of legal status or placement: the child, the open episode the form showed (null when it showed none) and
/// its version, the day, what changed, and for a change of legal status the new one, for a move the new placement type,
/// provider, whether the carers stayed the same and why the placement changed.
/// </summary>
public sealed record ChangeLegalStatusOrPlacementCommand(
    long ChildId, long? EpisodeId, int? Version, DateOnly ChangeDate, bool LegalStatusChanged, bool PlacementChanged,
    string? LegalStatus, string? PlacementType, string? PlacementProvider, bool? SameCarers, string? ReasonForPlacementChange);

/// <summary>
/// A looked-after child's legal status or placement changes (or both): as the SSDA903 records it, the open episode ends
/// on the day of the change (its DEC is the new episode's DECOM) with reason X1, the period of care continuing, and a new
/// episode starts that day. The reason for the new episode says what changed: L legal status only; P placement and
/// carers; T both, with new carers; B placement with the same carers; U both, with the same carers. A move between
/// placements that are not temporary records why the placement changed, on the episode that ends. The command carries
/// the open episode's version: if someone else changed it after the form was opened, nothing is saved.
/// </summary>
public static class ChangeLegalStatusOrPlacement
{
    public const string NothingChangedMessage = "Select what changed: the legal status, the placement, or both";
    public const string LegalStatusMessage = "Select the new legal status";
    public const string PlacementMessage = "Select the new placement type";
    public const string CarersMessage = "Select whether the child stayed with the same carers";
    public const string ReasonMessage = "Select the reason for the placement change";

    public static async Task<RecordingResult<CareEpisode>> RunAsync(
        AppDbContext db, RecordingContext context, ChangeLegalStatusOrPlacementCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        long childId = command.ChildId;
        if (await context.RefusalForChildAsync(db, childId, cancellationToken) is { } refused)
        {
            return refused;
        }

        CareEpisode? current = await OpenCareEpisode.Of(db, childId).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            // A form that showed an open episode, now ended by someone else, is a conflict like any other.
            return command.EpisodeId is null
                ? Recorded.Invalid(nameof(command.ChildId), "The child is not looked after: record that they became looked after first")
                : Recorded.Conflict(nameof(command.ChildId));
        }

        if (command.EpisodeId != current.Id || !db.IsAsSeen(current, command.Version))
        {
            return Recorded.Conflict(nameof(command.EpisodeId));
        }

        var problems = new FieldProblems();
        DateOnly date = command.ChangeDate;
        bool dateIsPast = problems.NotInFuture(date, context.Today, nameof(command.ChangeDate), "the date of the change");
        if (dateIsPast && date <= current.StartDate)
        {
            problems.Add(nameof(command.ChangeDate), $"The date of the change must be after the current episode started ({FieldProblems.Show(current.StartDate)})");
        }

        bool legal = command.LegalStatusChanged, moved = command.PlacementChanged;
        if (!legal && !moved)
        {
            problems.Add(nameof(command.LegalStatusChanged), NothingChangedMessage);
        }

        string? legalStatus = null;
        if (legal)
        {
            CodeRules.Check(command.LegalStatus, Ssda903Codes.LegalStatus.Codes, nameof(command.LegalStatus), LegalStatusMessage, problems);
            legalStatus = command.LegalStatus;
            if (legalStatus == current.LegalStatus)
            {
                problems.Add(nameof(command.LegalStatus), $"The legal status is already {LegalStatuses.Codes.Describe(legalStatus)}: select the new one");
            }
        }

        string? placement = null, provider = null, reason = null;
        bool sameCarers = false;
        if (moved)
        {
            CodeRules.Check(command.PlacementType, Ssda903Codes.Place.Codes, nameof(command.PlacementType), PlacementMessage, problems);
            placement = problems.Has(nameof(command.PlacementType)) ? null : command.PlacementType;
            Placements.CheckProvider(placement, command.PlacementProvider, nameof(command.PlacementProvider), problems);
            provider = command.PlacementProvider;
            if (command.SameCarers is null)
            {
                problems.Add(nameof(command.SameCarers), CarersMessage);
            }

            sameCarers = command.SameCarers == true;
            if (Placements.IsTemporary(current.PlacementType) || (placement is not null && Placements.IsTemporary(placement)))
            {
                if (command.ReasonForPlacementChange is not null)
                {
                    problems.Add(nameof(command.ReasonForPlacementChange), "Select no reason: a reason for placement change is not recorded for a move into or out of a temporary placement (T0 to T4)");
                }
            }
            else if (placement is not null)
            {
                CodeRules.Check(command.ReasonForPlacementChange, Ssda903Codes.ReasonPlaceChange.Codes, nameof(command.ReasonForPlacementChange), ReasonMessage, problems);
                reason = command.ReasonForPlacementChange;
                if (reason == "CUSTOD" && dateIsPast
                    && await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken) is { } born
                    && born.AddYears(10) > date)
                {
                    problems.Add(nameof(command.ReasonForPlacementChange), "A child under 10 cannot change placement because of being admitted to custody");
                }
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        current.EndDate = date;
        current.ReasonEpisodeCeased = "X1";
        current.ReasonForPlacementChange = reason;
        var next = new CareEpisode
        {
            PeriodOfCareId = current.PeriodOfCareId,
            ChildId = childId,
            StartDate = date,
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
        return await context.SaveAsync(db, next, nameof(command.EpisodeId), cancellationToken);
    }
}
