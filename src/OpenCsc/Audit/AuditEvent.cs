using System.Globalization;
using System.Text.Json;

namespace OpenCsc.Audit;

/// <summary>
/// Something to record in the audit trail that is not a change to a row (changes are recorded by
/// <see cref="Data.AppDbContext"/> itself): a view, a search, an export, a download, a sign-in, a permission change
/// or a break-glass. Who and from where come from the context's <see cref="Data.AppDbContext.AuditContext"/>.
/// Record one with <see cref="AuditTrail.RecordAsync"/>.
/// </summary>
public sealed record AuditEvent(AuditAction Action, string? EntityType = null, string? EntityId = null, long? ChildId = null, string? Details = null)
{
    /// <summary>A child's record was opened (its page, or any page showing it).</summary>
    public static AuditEvent ViewedChild(long childId) =>
        new(AuditAction.View, "Child", Key(childId), childId);

    /// <summary>
    /// A page or download showed these children (<paramref name="page"/> is its path, without the query string). One
    /// child is named in the entry's child column; a list names its children in the details, so that one entry stands
    /// for one page view however many children it lists.
    /// </summary>
    public static AuditEvent ViewedChildren(string page, IReadOnlyCollection<long> childIds)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        return childIds.Count == 1
            ? new(AuditAction.View, "Child", Key(childIds.First()), childIds.First(), Json(("page", page)))
            : new(AuditAction.View, Details: Json(("page", page), ("children", childIds.Order().ToList())));
    }

    /// <summary>An export of the children listed (a CSV of a tracker), with what it was; one child is named in the child column.</summary>
    public static AuditEvent ExportedChildren(string what, IReadOnlyCollection<long> childIds, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        return childIds.Count switch
        {
            0 => Exported(what, parameters),
            1 => new(AuditAction.Export, "Child", Key(childIds.First()), childIds.First(), Json([("what", what), .. parameters])),
            _ => new(AuditAction.Export, Details: Json([("what", what), .. parameters, ("children", childIds.Order().ToList())])),
        };
    }

    /// <summary>A request was refused (403): the page asked for and, when it was about one, the child.</summary>
    public static AuditEvent Refused(string page, long? childId) =>
        new(AuditAction.Refused, childId is null ? null : "Child", childId is null ? null : Key(childId.Value), childId, Json(("page", page)));

    /// <summary>
    /// The ways a child's id is written in the details of an entry that lists several children (see
    /// <see cref="ViewedChildren"/>): as the first, a middle, the last or the only id of the "children" array.
    /// </summary>
    public static IReadOnlyList<string> ListedChildPatterns(long childId)
    {
        string id = Key(childId);
        return ["\"children\":[" + id + ",", "," + id + ",", "," + id + "]", "\"children\":[" + id + "]"];
    }

    /// <summary>One record of a child's journey was opened (an assessment, a visit ...).</summary>
    public static AuditEvent Viewed(string entityType, long entityId, long? childId) =>
        new(AuditAction.View, entityType, Key(entityId), childId);

    /// <summary>A search, with its terms as typed and how many results it gave.</summary>
    public static AuditEvent Searched(string terms, int results) =>
        new(AuditAction.Search, Details: Json(("terms", terms), ("results", results)));

    /// <summary>An export (a statutory return, a CSV of a list): what it was and what it covered, e.g. ("year", "2025").</summary>
    public static AuditEvent Exported(string what, params (string Name, object? Value)[] parameters) =>
        new(AuditAction.Export, Details: Json([("what", what), .. parameters]));

    /// <summary>A file was downloaded: what, and the child when it is one child's.</summary>
    public static AuditEvent Downloaded(string what, long? childId = null) =>
        new(AuditAction.Download, childId is null ? null : "Child", childId is null ? null : Key(childId.Value), childId, Json(("what", what)));

    /// <summary>The context's user signed in.</summary>
    public static AuditEvent SignedIn() => new(AuditAction.SignIn);

    /// <summary>A sign-in failed: the user name that was tried and why (unknown user, wrong password, locked out). Never the password.</summary>
    public static AuditEvent SignInFailed(string userNameTried, string reason) =>
        new(AuditAction.SignInFailed, "User", userNameTried, null, Json(("reason", reason)));

    /// <summary>A user's roles or named access changed: whose, and what changed (e.g. "added role TeamManager").</summary>
    public static AuditEvent PermissionChanged(string userId, string change) =>
        new(AuditAction.PermissionChange, "User", userId, null, Json(("change", change)));

    /// <summary>A user opened a child's record outside their scope, giving a reason.</summary>
    public static AuditEvent BrokeGlass(long childId, string reason) =>
        new(AuditAction.BreakGlass, "Child", Key(childId), childId, Json(("reason", reason)));

    /// <summary>A JSON object of the names and values given, in that order.</summary>
    public static string Json(params (string Name, object? Value)[] fields)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach ((string name, object? value) in fields)
        {
            values[name] = value;
        }

        return JsonSerializer.Serialize(values, AuditJson.Options);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
