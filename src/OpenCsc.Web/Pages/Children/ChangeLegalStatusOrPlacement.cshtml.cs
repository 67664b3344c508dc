using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a change of a looked-after child's legal status or placement: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class ChangeLegalStatusOrPlacementModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : CareEpisodePageModel
{
    /// <summary>The "What changed" checkboxes' values.</summary>
    public const string LegalStatusChanged = "legal-status";
    public const string PlacementChanged = "placement";

    /// <summary>The "same carers" radios' values.</summary>
    public const string NewCarers = "new";
    public const string SameCarers = "same";

    private static readonly string[] _carers = [NewCarers, SameCarers];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ShowCurrentAsync(db, carryVersion: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        Episode = form.Raw("episode");
        Version = form.Raw("version");
        form.Link(nameof(ChangeLegalStatusOrPlacementCommand.ChildId), OpenEpisodeDisplay.NotLookedAfterId);
        form.Link(nameof(ChangeLegalStatusOrPlacementCommand.EpisodeId), OpenEpisodeDisplay.CurrentId);
        DateOnly? date = form.Date(nameof(ChangeLegalStatusOrPlacementCommand.ChangeDate), "change", "the date of the change", required: true, notAfter: context.Today);
        IReadOnlyList<string> changes = form.Many("changes");
        bool legal = changes.Contains(LegalStatusChanged), moved = changes.Contains(PlacementChanged);
        form.Link(nameof(ChangeLegalStatusOrPlacementCommand.LegalStatusChanged), "changes");
        if (!legal && !moved)
        {
            form.Problem(nameof(ChangeLegalStatusOrPlacementCommand.LegalStatusChanged), ChangeLegalStatusOrPlacement.NothingChangedMessage);
        }

        string? legalStatus = legal
            ? form.Code(nameof(ChangeLegalStatusOrPlacementCommand.LegalStatus), "legalStatus", Ssda903Codes.LegalStatus.Codes, ChangeLegalStatusOrPlacement.LegalStatusMessage, id: "legal-status")
            : null;
        string? placement = null, provider = null, carers = null, reason = null;
        if (moved)
        {
            placement = form.Code(nameof(ChangeLegalStatusOrPlacementCommand.PlacementType), "placement", Ssda903Codes.Place.Codes, ChangeLegalStatusOrPlacement.PlacementMessage);
            provider = PlacementFields.Provider(form, nameof(ChangeLegalStatusOrPlacementCommand.PlacementProvider), placement);
            carers = form.Code(nameof(ChangeLegalStatusOrPlacementCommand.SameCarers), "carers", _carers, ChangeLegalStatusOrPlacement.CarersMessage);

            // Whether a reason is wanted depends on the placement moved from, which the use case knows.
            reason = form.Code(nameof(ChangeLegalStatusOrPlacementCommand.ReasonForPlacementChange), "reason", Ssda903Codes.ReasonPlaceChange.Codes, ChangeLegalStatusOrPlacement.ReasonMessage, required: false);
        }

        if (!form.IsValid)
        {
            await ShowCurrentAsync(db, carryVersion: false, cancellationToken);
            return Invalid(form);
        }

        var command = new ChangeLegalStatusOrPlacementCommand(
            id, OpenEpisodeDisplay.EpisodeOf(form), form.Version(), date!.Value, legal, moved, legalStatus, placement, provider, carers is null ? null : carers == SameCarers, reason);
        var result = await ChangeLegalStatusOrPlacement.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(
            result,
            form,
            next => $"{ReasonsForNewEpisode.Codes.LabelOrNull(next.ReasonForNewEpisode)} from {Formatting.Date(next.StartDate)} recorded: "
                + $"{LegalStatuses.Codes.Describe(next.LegalStatus)}, {PlacementTypes.Codes.Describe(next.PlacementType)}.",
            _ => ChildUrl);
        if (!result.IsSaved)
        {
            // Show the record as it is now; after a conflict carry its version: saving again is a decision on what is there now.
            await ShowCurrentAsync(db, IsConflict, cancellationToken);
        }

        return shown;
    }
}
