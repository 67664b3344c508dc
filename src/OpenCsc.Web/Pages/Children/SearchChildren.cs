using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Web.Pages.Children;

/// <summary>The child's position today, for lists: on a CP plan, looked after, open to CIN, or closed.</summary>
public enum CurrentStatus
{
    ChildProtection,
    LookedAfter,
    ChildInNeed,
    Closed,
}

public sealed record ChildSearchRow(
    long Id,
    string LaChildId,
    string FirstName,
    string LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string Sex,
    CurrentStatus Status);

public sealed record ChildSearchResult(int Total, int Page, int PageCount, IReadOnlyList<ChildSearchRow> Rows);

/// <summary>
/// Finds children by LA child ID (exact, ignoring case) or by name: one word matches the start of the first or the
/// last name; several words match the first name and the last name ("jo smi" finds Joanne Smith; "mary ann smith"
/// finds Mary Ann Smith whether Ann is recorded in the first or the last name). Case is ignored. The ID and last-name
/// tests use the unique la_child_id index and the (last_name, first_name) index; the first name alone has no index
/// of its own, so a one-word search also reads the name index in full (about 90,000 entries in a large borough).
/// </summary>
public sealed class SearchChildren(AppDbContext db, ChildScope scope)
{
    public const int PageSize = 25;
    public const int MinimumLength = 2;
    public const int MaximumLength = 100;
    public const int MaxFirstNameWords = 3;

    /// <summary>The message for a search term that cannot be run, or null when it can.</summary>
    public static string? Validate(string? query)
    {
        string trimmed = query?.Trim() ?? "";
        return trimmed.Length switch
        {
            0 => "Enter a child's ID or name",
            < MinimumLength => $"Search term must be {MinimumLength} characters or more",
            > MaximumLength => $"Search term must be {MaximumLength} characters or fewer",
            _ => null,
        };
    }

    public async Task<ChildSearchResult> RunAsync(string query, int page, DateOnly today, CancellationToken cancellationToken = default)
    {
        string[] words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        CaseInsensitiveMatch match = CaseInsensitiveMatch.For(db);
        Expression<Func<Child, bool>>? idMatch = words.Length == 1
            ? match.Equal<Child>(c => c.LaChildId, words[0])
            : null;
        List<Expression<Func<Child, bool>>> alternatives = NameMatches(match, words);
        if (idMatch is not null)
        {
            alternatives.Insert(0, idMatch);
        }

        // One SELECT per alternative, joined by UNION, rather than one WHERE with OR: each alternative can then use
        // its own index (an OR with an unindexed term would read the whole table for all of them).
        IQueryable<long> ids = alternatives
            .Select(alternative => db.Children.Where(alternative).Select(c => c.Id))
            .Aggregate(Queryable.Union);
        // Need-to-know: only the children this person may see are found at all.
        IQueryable<Child> found = scope.Children(db).AsNoTracking().Where(c => ids.Contains(c.Id));
        int total = await found.CountAsync(cancellationToken);
        int pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);

        // A child whose ID was typed comes first, then by name.
        IOrderedQueryable<Child> ordered = idMatch is null
            ? found.OrderBy(c => c.LastName)
            : found.OrderBy(IdFirst(idMatch)).ThenBy(c => c.LastName);

        // Open on the day: started by it and not ended by it.
        List<ChildSearchRow> rows = await ordered
            .ThenBy(c => c.FirstName)
            .ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new ChildSearchRow(
                c.Id,
                c.LaChildId,
                c.FirstName,
                c.LastName,
                c.DateOfBirth,
                c.ExpectedDateOfBirth,
                c.Sex,
                db.ChildProtectionPlans.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.ChildProtection.ChildProtectionPlan>(today)).Any(p => p.ChildId == c.Id)
                    ? CurrentStatus.ChildProtection
                    : db.PeriodsOfCare.Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.LookedAfter.PeriodOfCare>(today)).Any(p => p.ChildId == c.Id)
                        ? CurrentStatus.LookedAfter
                        : db.CinEpisodes.Any(e => e.ChildId == c.Id && e.ReferralDate <= today && (e.ClosureDate == null || e.ClosureDate > today))
                            ? CurrentStatus.ChildInNeed
                            : CurrentStatus.Closed))
            .ToListAsync(cancellationToken);

        return new ChildSearchResult(total, page, pageCount, rows);
    }

    private static List<Expression<Func<Child, bool>>> NameMatches(CaseInsensitiveMatch match, string[] words)
    {
        // Only the last name leads an index ((last_name, first_name)); the first name alone is tested row by row.
        if (words.Length == 1)
        {
            return
            [
                match.StartsWith<Child>(c => c.LastName, words[0], indexed: true),
                match.StartsWith<Child>(c => c.FirstName, words[0], indexed: false),
            ];
        }

        // Each split of the words into a first part and a last part: "mary ann smith" is Mary + Ann Smith or Mary Ann + Smith.
        // First names of more than three words are not tried, which keeps a long search term to a few index scans.
        var splits = new List<Expression<Func<Child, bool>>>();
        for (int split = 1; split < words.Length && split <= MaxFirstNameWords; split++)
        {
            splits.Add(And(
                match.StartsWith<Child>(c => c.LastName, string.Join(' ', words[split..]), indexed: true),
                match.StartsWith<Child>(c => c.FirstName, string.Join(' ', words[..split]), indexed: false)));
        }

        return splits;
    }

    private static Expression<Func<Child, int>> IdFirst(Expression<Func<Child, bool>> idMatch) =>
        Expression.Lambda<Func<Child, int>>(
            Expression.Condition(idMatch.Body, Expression.Constant(0), Expression.Constant(1)),
            idMatch.Parameters);

    private static Expression<Func<Child, bool>> And(Expression<Func<Child, bool>> left, Expression<Func<Child, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    private static Expression<Func<Child, bool>> Combine(
        Expression<Func<Child, bool>> left,
        Expression<Func<Child, bool>> right,
        Func<Expression, Expression, BinaryExpression> combine)
    {
        ParameterExpression row = left.Parameters[0];
        Expression rightBody = new Rebind(right.Parameters[0], row).Visit(right.Body);
        return Expression.Lambda<Func<Child, bool>>(combine(left.Body, rightBody), row);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
