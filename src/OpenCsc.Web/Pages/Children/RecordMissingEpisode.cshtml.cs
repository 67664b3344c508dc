using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a missing (or absent) episode from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordMissingEpisodeModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts, StatutoryTimescales timescales) : RecordingPageModel
{
    /// <summary>Within how many hours of the return the return home interview is offered.</summary>
    public string ReturnHomeInterviewHours { get; } = timescales.ReturnHomeInterviewHours.ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await OpenChildAsync(db, staff, id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        MissingKind? kind = form.Choice<MissingKind>(nameof(RecordMissingEpisodeCommand.Kind), "kind", RecordMissingEpisode.KindMessage);
        DateOnly? start = form.Date(nameof(RecordMissingEpisodeCommand.StartDate), "start", "the day the child went missing", required: true, notAfter: context.Today);
        DateOnly? back = form.Date(nameof(RecordMissingEpisodeCommand.ReturnDate), "return", "the day the child came back", required: false, "returnDay", "returnMonth", "returnYear");
        TimeOnly? at = form.Time(nameof(RecordMissingEpisodeCommand.ReturnTime), "returnTime", "the time the child came back", required: false, id: "return-time");
        foreach (var problem in RecordMissingEpisode.ReturnProblems(start, back, at, context.Now))
        {
            form.Problem(problem.Field, problem.Message);
        }

        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(
            db,
            context,
            () => RecordMissingEpisode.RunAsync(db, context, new RecordMissingEpisodeCommand(id, kind!.Value, start!.Value, back, at), cancellationToken),
            form,
            episode => $"{(episode.Kind == MissingKind.Missing ? "Missing" : "Absent")} episode from {Formatting.Date(episode.StartDate)} recorded: "
                + (episode.ReturnedAt is null
                    ? "the child has not come back."
                    : $"offer a return home interview within {context.Timescales.ReturnHomeInterviewHours.ToString(CultureInfo.InvariantCulture)} hours of the return."),
            _ => ChildUrl,
            cancellationToken);
    }
}
