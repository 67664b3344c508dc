using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Case-insensitive equality and prefix tests that work on SQLite and PostgreSQL and can still use an ordinary
/// (case-sensitive) B-tree index. lower(column) alone defeats such an index, so on an indexed column the test is
/// written as a few index range scans, one per upper/lower-case spelling of the first letters typed (at most
/// <see cref="MaxSpellings"/>), and then the exact test on the rows those ranges find. Each range contains every
/// value that starts with its spelling under byte order and under linguistic collations, so no match is lost.
/// </summary>
/// <remarks>
/// The exact test: on PostgreSQL lower(column) against the lower-cased text (Unicode-aware); on SQLite, whose lower()
/// and LIKE fold ASCII letters only, LIKE (which ignores ASCII case) once per spelling of the non-ASCII letters.
/// </remarks>
public sealed class CaseInsensitiveMatch(bool isSqlite)
{
    public const int MaxSpellings = 16;

    public static CaseInsensitiveMatch For(DbContext db) => new(db.Database.IsSqlite());

    /// <summary>column equals value, ignoring case; column has an index.</summary>
    public Expression<Func<T, bool>> Equal<T>(Expression<Func<T, string>> column, string value)
    {
        ParameterExpression row = column.Parameters[0];
        List<string> spellings = Spellings(value, _ => true);
        if (spellings.Count <= MaxSpellings)
        {
            // Every spelling fits: plain equality on each, exact in any collation and served by the index.
            return Expression.Lambda<Func<T, bool>>(AnyOf(spellings, s => Expression.Equal(column.Body, Parameter(s))), row);
        }

        Expression exact = isSqlite
            ? AnyOf(Spellings(value, c => c > 127), s => Like(column.Body, EscapeLike(s)))
            : Expression.Equal(Lower(column.Body), Parameter(value.ToLowerInvariant()));
        return Expression.Lambda<Func<T, bool>>(WithRanges(column.Body, value, exact), row);
    }

    /// <summary>column starts with prefix, ignoring case. Index range scans are written only for an indexed column.</summary>
    public Expression<Func<T, bool>> StartsWith<T>(Expression<Func<T, string>> column, string prefix, bool indexed)
    {
        ParameterExpression row = column.Parameters[0];
        Expression exact = isSqlite
            ? AnyOf(Spellings(prefix, c => c > 127), s => Like(column.Body, EscapeLike(s) + "%"))
            : Expression.Call(Lower(column.Body), StringStartsWith, Parameter(prefix.ToLowerInvariant()));
        return Expression.Lambda<Func<T, bool>>(indexed ? WithRanges(column.Body, prefix, exact) : exact, row);
    }

    /// <summary>
    /// The spellings of the value with each letter chosen by <paramref name="vary"/> in lower or upper case ("ab1" gives
    /// ab1, aB1, Ab1, AB1), stopping once there are more than <see cref="MaxSpellings"/>.
    /// </summary>
    public static List<string> Spellings(string value, Func<char, bool> vary)
    {
        var spellings = new List<string> { "" };
        foreach (char c in value)
        {
            char lower = char.ToLowerInvariant(c);
            char upper = char.ToUpperInvariant(c);
            var next = new List<string>(spellings.Count * 2);
            foreach (string s in spellings)
            {
                if (upper != lower && vary(c))
                {
                    next.Add(s + lower);
                    next.Add(s + upper);
                }
                else
                {
                    next.Add(s + c);
                }
            }

            spellings = next;
            if (spellings.Count > MaxSpellings)
            {
                break;
            }
        }

        return spellings;
    }

    /// <summary>
    /// The longest start of the value that has at most <see cref="MaxSpellings"/> spellings and ends in a character
    /// whose successor is the same in every collation (a-y, A-Y, 0-8); empty when there is none.
    /// </summary>
    public static string RangePrefix(string value)
    {
        int length = 0;
        int spellings = 1;
        while (length < value.Length)
        {
            char c = value[length];
            int factor = char.ToLowerInvariant(c) != char.ToUpperInvariant(c) ? 2 : 1;
            if (spellings * factor > MaxSpellings)
            {
                break;
            }

            spellings *= factor;
            length++;
        }

        while (length > 0 && !HasSimpleSuccessor(value[length - 1]))
        {
            length--;
        }

        return value[..length];
    }

    /// <summary>The text as a LIKE pattern that matches it literally (escape character \).</summary>
    public static string EscapeLike(string value)
    {
        var builder = new StringBuilder(value.Length + 4);
        foreach (char c in value)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static readonly System.Reflection.MethodInfo StringStartsWith =
        typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    private static readonly System.Reflection.MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly System.Reflection.MethodInfo StringToLower =
        typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private static readonly System.Reflection.MethodInfo LikeWithEscape =
        typeof(DbFunctionsExtensions).GetMethod(
            nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static bool HasSimpleSuccessor(char c) => c is (>= 'a' and <= 'y') or (>= 'A' and <= 'Y') or (>= '0' and <= '8');

    private static Expression WithRanges(Expression column, string value, Expression exact)
    {
        string prefix = RangePrefix(value);
        if (prefix.Length == 0)
        {
            return exact;
        }

        Expression ranges = AnyOf(Spellings(prefix, _ => true), spelling =>
        {
            string upperBound = spelling[..^1] + (char)(spelling[^1] + 1);
            return Expression.AndAlso(
                Expression.GreaterThanOrEqual(Compare(column, spelling), Expression.Constant(0)),
                Expression.LessThan(Compare(column, upperBound), Expression.Constant(0)));
        });
        return Expression.AndAlso(ranges, exact);
    }

    private static Expression AnyOf(IEnumerable<string> values, Func<string, Expression> test) =>
        values.Select(test).Aggregate(Expression.OrElse);

    private static MethodCallExpression Compare(Expression column, string value) =>
        Expression.Call(StringCompare, column, Parameter(value));

    private static MethodCallExpression Lower(Expression column) => Expression.Call(column, StringToLower);

    private static MethodCallExpression Like(Expression column, string pattern) =>
        Expression.Call(LikeWithEscape, Expression.Constant(EF.Functions), column, Parameter(pattern), Expression.Constant("\\"));

    /// <summary>A captured value, so EF Core sends it as a SQL parameter rather than a literal.</summary>
    private static MemberExpression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Captured(value)), nameof(Captured.Value));

    private sealed record Captured(string Value);
}
