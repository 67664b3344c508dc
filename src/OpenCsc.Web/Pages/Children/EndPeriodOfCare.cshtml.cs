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

/// <summary>Record that a child ceased to be looked after: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class EndPeriodOfCareModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : CareEpisodePageModel
{

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
        form.Link(nameof(EndPeriodOfCareCommand.ChildId), OpenEpisodeDisplay.NotLookedAfterId);
        form.Link(nameof(EndPeriodOfCareCommand.EpisodeId), OpenEpisodeDisplay.CurrentId);
        DateOnly? end = form.Date(nameof(EndPeriodOfCareCommand.EndDate), "end", "the date the child ceased to be looked after", required: true, notAfter: context.Today);

        // Any reason an episode ceases is well formed here; that X1 does not end care is the use case's rule.
        string? reason = form.Code(nameof(EndPeriodOfCareCommand.ReasonEpisodeCeased), "reason", Ssda903Codes.ReasonEpisodeCeased.Codes, EndPeriodOfCare.ReasonMessage);
        if (!form.IsValid)
        {
            await ShowCurrentAsync(db, carryVersion: false, cancellationToken);
            return Invalid(form);
        }

        var command = new EndPeriodOfCareCommand(id, OpenEpisodeDisplay.EpisodeOf(form), form.Version(), end!.Value, reason!);
        var result = await EndPeriodOfCare.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(
            result,
            form,
            episode => $"Ceased to be looked after on {Formatting.Date(episode.EndDate!.Value)} recorded: {ReasonsEpisodeCeased.Codes.Describe(episode.ReasonEpisodeCeased)}.",
            _ => ChildUrl);
        if (!result.IsSaved)
        {
            // Show the record as it is now; after a conflict carry its version: saving again is a decision on what is there now.
            await ShowCurrentAsync(db, IsConflict, cancellationToken);
        }

        return shown;
    }
}
