using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Audit;

/// <summary>
/// The auditor's page: who viewed or changed this child's record (by the record id in /children/{id}), alone or in a
/// list, and who was refused it; and what this user viewed or did, newest first.
/// </summary>
[Authorize(Policy = PagePolicies.AuditTrail)]
public sealed class IndexModel(AppDbContext db, ShownChildren shown) : PageModel
{
    public string? ChildInput { get; private set; }

    public string? UserInput { get; private set; }

    /// <summary>What the entries answer ("child 42", "user u-17"), or null when nothing was asked.</summary>
    public string? Question { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public List<FieldError> Errors { get; } = [];

    public int Limit => ListAuditEntries.DefaultLimit;

    /// <summary>The most children of one list entry linked in the table; the rest are counted.</summary>
    public const int ListedShown = 50;

    /// <summary>The children a list page's View (or a file's Export) names in its details; empty for any other entry.</summary>
    public static IReadOnlyList<long> ListedChildren(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.ChildId is not null || entry.Details is null || entry.Action is not (AuditAction.View or AuditAction.Export))
        {
            return [];
        }

        try
        {
            using JsonDocument details = JsonDocument.Parse(entry.Details);
            return details.RootElement.ValueKind == JsonValueKind.Object && details.RootElement.TryGetProperty("children", out JsonElement children)
                && children.ValueKind == JsonValueKind.Array
                ? [.. children.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Number).Select(c => c.GetInt64())]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public async Task OnGetAsync(string? child, string? user, CancellationToken cancellationToken)
    {
        ChildInput = child?.Trim();
        UserInput = user?.Trim();
        if (!string.IsNullOrEmpty(ChildInput))
        {
            if (!long.TryParse(ChildInput, NumberStyles.None, CultureInfo.InvariantCulture, out long childId))
            {
                Errors.Add(new FieldError("child", "Enter the child's record id as a number, like 1042"));
                return;
            }

            Question = $"child {childId.ToString(CultureInfo.InvariantCulture)}";
            Entries = await ListAuditEntries.RunAsync(db, new AuditQuery(ChildId: childId), cancellationToken);
        }
        else if (!string.IsNullOrEmpty(UserInput))
        {
            Question = $"user {UserInput}";
            Entries = await ListAuditEntries.RunAsync(db, new AuditQuery(UserId: UserInput), cancellationToken);
        }

        if (Question is not null)
        {
            // Auditors' look-ups are in the trail too; a change's or a break-glass's details hold the child's data, so
            // showing them is a view of the child (a view's entry names the child only).
            await AuditTrail.RecordAsync(db, AuditEvent.Searched($"audit trail: {Question}", Entries.Count), cancellationToken);
            shown.Children(Entries.Where(e => e.ChildId is not null && e.Action is AuditAction.Create or AuditAction.Update or AuditAction.Delete or AuditAction.BreakGlass)
                .Select(e => e.ChildId!.Value));
        }
    }
}
