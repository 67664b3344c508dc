using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Dashboard;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Admin;

/// <summary>One timescale as the page shows it: configured, in force, and the change that set it when there is one.</summary>
public sealed record TimescaleRow(TimescaleDefinition Definition, int Configured, int InForce, TimescaleChange? LastChange);

/// <summary>One local closure day in force: from configuration, or added on this page (by whom and why).</summary>
public sealed record ClosureDayRow(DateOnly Day, bool Configured, TimescaleChange? Added);

/// <summary>
/// The timescales and the local closure days in force, and where they come from: configuration, or a change a system
/// administrator made here with a reason. Every form, tracker and indicator applies what this page shows. Viewing
/// only reads; each change is saved with its reason, audited, and redraws the dashboard's figures.
/// </summary>
[Authorize(Policy = PagePolicies.Timescales)]
public sealed class TimescalesModel(AppDbContext db, TimescalesProvider timescales, RecordingContexts contexts, IMemoryCache cache) : RecordingPageModel
{
    public IReadOnlyList<TimescaleRow> Timescales { get; private set; } = [];

    public IReadOnlyList<ClosureDayRow> ClosureDays { get; private set; } = [];

    /// <summary>Every change, newest first.</summary>
    public IReadOnlyList<TimescaleChange> History { get; private set; } = [];

    public async Task OnGetAsync(string? timescale, string? day, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var offered = new Dictionary<string, string?>();
        if (timescale is not null && Timescales.FirstOrDefault(t => t.Definition.Name == timescale) is { } row)
        {
            offered["timescale"] = row.Definition.Name;
            offered["value"] = row.InForce.ToString(CultureInfo.InvariantCulture);
        }

        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly closure))
        {
            offered["day"] = closure.Day.ToString(CultureInfo.InvariantCulture);
            offered["month"] = closure.Month.ToString(CultureInfo.InvariantCulture);
            offered["year"] = closure.Year.ToString(CultureInfo.InvariantCulture);
            offered["closed"] = "no";
        }

        Offer(offered);
    }

    public async Task<IActionResult> OnPostTimescaleAsync(CancellationToken cancellationToken)
    {
        var form = new FormReader(Request.Form);
        string? name = form.Code(nameof(ChangeTimescaleCommand.Timescale), "timescale", [.. TimescaleCatalogue.All.Select(t => t.Name)], "Select the timescale");
        bool back = form.Raw("default") is not null;
        int? value = null;
        form.Link(nameof(ChangeTimescaleCommand.Value), "value");
        if (!back)
        {
            string typed = form.Raw("value")?.Trim() ?? "";
            if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                value = number;
            }
            else
            {
                form.Problem(nameof(ChangeTimescaleCommand.Value), typed.Length == 0 ? "Enter the timescale as a whole number" : "Enter the timescale as a whole number, for example 45");
            }
        }

        string? reason = form.Text(nameof(ChangeTimescaleCommand.Reason), "reason", "the reason for the change", required: true,
            minimum: ChangeTimescales.MinimumReason, maximum: ChangeTimescales.MaximumReason);
        if (!form.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Invalid(form);
        }

        var result = await ChangeTimescales.RunAsync(db, await contexts.ForRequestAsync(cancellationToken), new ChangeTimescaleCommand(name!, value, reason), cancellationToken);
        if (!result.IsSaved)
        {
            await LoadAsync(cancellationToken);
        }
        else
        {
            DashboardData.Forget(cache);
        }

        TimescaleDefinition definition = TimescaleCatalogue.Find(name!)!;
        return Show(result, form, change => change.Value is { } v
            ? $"{definition.Label}: {v.ToString(CultureInfo.InvariantCulture)} {definition.Unit} from now on."
            : $"{definition.Label}: back to the configured {definition.Of(timescales.Configured).ToString(CultureInfo.InvariantCulture)} {definition.Unit}.", _ => "/admin/timescales");
    }

    public async Task<IActionResult> OnPostClosureAsync(CancellationToken cancellationToken)
    {
        var form = new FormReader(Request.Form);
        DateOnly? day = form.Date(nameof(ChangeClosureDayCommand.Day), "closure-day", "the closure day", required: true);
        bool? closed = form.YesNo(nameof(ChangeClosureDayCommand.Closed), "closed", "Select whether the day becomes a closure day or a working day again", id: "closed");
        string? reason = form.Text(nameof(ChangeClosureDayCommand.Reason), "closure-reason", "the reason for the change", required: true,
            minimum: ChangeTimescales.MinimumReason, maximum: ChangeTimescales.MaximumReason);
        if (!form.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Invalid(form);
        }

        var result = await ChangeTimescales.RunAsync(db, await contexts.ForRequestAsync(cancellationToken), new ChangeClosureDayCommand(day, closed == true, reason), cancellationToken);
        if (!result.IsSaved)
        {
            await LoadAsync(cancellationToken);
        }
        else
        {
            DashboardData.Forget(cache);
        }

        return Show(result, form, change => change.Closed
            ? $"{Formatting.Date(change.ClosureDay!.Value)} is a closure day: not a working day."
            : $"{Formatting.Date(change.ClosureDay!.Value)} is a working day again.", _ => "/admin/timescales");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var changes = await db.TimescaleChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        TimescalesInForce inForce = timescales.Apply(changes);
        Timescales = [.. TimescaleCatalogue.All.Select(t => new TimescaleRow(t, t.Of(timescales.Configured), t.Of(inForce.Timescales),
            changes.LastOrDefault(c => c.Timescale == t.Name)))];
        ClosureDays = [.. inForce.Calendar.LocalClosureDays.Select(d => new ClosureDayRow(d, timescales.ConfiguredClosureDays.Contains(d),
            changes.LastOrDefault(c => c.ClosureDay == d && c.Closed)))];
        History = [.. changes.AsEnumerable().Reverse()];
    }
}
