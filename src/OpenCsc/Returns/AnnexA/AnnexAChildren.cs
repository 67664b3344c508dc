using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>The child's columns common to the lists, as at the as-of date.</summary>
public sealed record AnnexAChild(string LaChildId, string Gender, string Ethnicity, DateOnly? DateOfBirth, int? Age, string Disability);

/// <summary>The team and worker holding the child's case (blank worker: with the team, unallocated).</summary>
public sealed record AnnexAAllocation(string? Team, string? Worker)
{
    public static AnnexAAllocation None { get; } = new(null, null);
}

public interface IAnnexAChildRow
{
    AnnexAChild Child { get; }
}

public interface IAnnexAAllocatedRow
{
    AnnexAAllocation Allocation { get; }
}

/// <summary>What the queries project for a child; turned into <see cref="AnnexAChild"/> in the in-memory pass.</summary>
internal sealed record ChildFacts(long Id, string LaChildId, string Sex, string Ethnicity, DateOnly? DateOfBirth);

/// <summary>
/// Lookups shared by the lists, each one set-based query over the children a list's window selects (passed as a
/// subquery, so the database sees <c>child_id IN (SELECT ...)</c>, never one query per child).
/// </summary>
internal static class AnnexAChildren
{
    public static AnnexAChild Describe(ChildFacts child, DateOnly asOf, IReadOnlyDictionary<long, string>? disabilities = null) => new(
        child.LaChildId,
        AnnexALabels.Gender(child.Sex),
        AnnexALabels.Ethnicity(child.Ethnicity),
        AnnexALabels.UpTo(child.DateOfBirth, asOf),
        AgeAt(child.DateOfBirth, asOf),
        disabilities is null ? "" : disabilities.GetValueOrDefault(child.Id, AnnexALabels.Unknown));

    /// <summary>Whole years at the date; blank for an unborn child or an unknown date of birth.</summary>
    public static int? AgeAt(DateOnly? dateOfBirth, DateOnly date)
    {
        if (dateOfBirth is not { } dob || dob > date)
        {
            return null;
        }

        int age = date.Year - dob.Year;
        return dob.AddYears(age) > date ? age - 1 : age;
    }

    /// <summary>
    /// "Yes" when the child has a disability recorded other than NONE, "No" when only NONE is recorded; children with
    /// nothing recorded are absent (the column shows "Unknown").
    /// </summary>
    public static async Task<Dictionary<long, string>> DisabilitiesAsync(
        AppDbContext db, IQueryable<long> childIds, CancellationToken cancellationToken)
    {
        var rows = await db.ChildDisabilities.AsNoTracking()
            .Where(d => childIds.Contains(d.ChildId))
            .Select(d => new { d.ChildId, d.Code })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<long, string>();
        foreach (var row in rows)
        {
            bool disabled = !string.Equals(row.Code.Trim(), "NONE", StringComparison.OrdinalIgnoreCase);
            if (disabled || !result.ContainsKey(row.ChildId))
            {
                result[row.ChildId] = disabled ? AnnexALabels.Yes : AnnexALabels.No;
            }
        }

        return result;
    }

    /// <summary>
    /// The allocation in force at the as-of date (the latest started when two overlap); for a child whose case was
    /// closed by then, the last allocation before it, so a closed referral still names who held it.
    /// </summary>
    public static async Task<Dictionary<long, AnnexAAllocation>> AllocationsAsync(
        AppDbContext db, IQueryable<long> childIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await db.Allocations.AsNoTracking()
            .Where(a => childIds.Contains(a.ChildId) && a.StartDate <= asOf)
            .Select(a => new
            {
                a.ChildId,
                a.StartDate,
                a.EndDate,
                a.Id,
                Team = a.Team!.Name,
                WorkerFirstName = a.Worker == null ? null : a.Worker.FirstName,
                WorkerLastName = a.Worker == null ? null : a.Worker.LastName,
            })
            .ToListAsync(cancellationToken);

        var result = new Dictionary<long, AnnexAAllocation>();
        foreach (var child in rows.GroupBy(r => r.ChildId))
        {
            var chosen = child
                .OrderByDescending(a => a.EndDate is null || a.EndDate >= asOf)
                .ThenByDescending(a => a.StartDate)
                .ThenByDescending(a => a.EndDate ?? DateOnly.MaxValue)
                .ThenByDescending(a => a.Id)
                .First();
            string? worker = chosen.WorkerFirstName is null ? null : $"{chosen.WorkerFirstName} {chosen.WorkerLastName}".Trim();
            result[child.Key] = new AnnexAAllocation(chosen.Team, worker);
        }

        return result;
    }
}

/// <summary>Columns that several lists share, defined once so their headings cannot drift apart.</summary>
internal static class CommonColumns
{
    public static AnnexAColumn<T> ChildId<T>() where T : IAnnexAChildRow => new("Child Unique ID", r => r.Child.LaChildId);

    public static AnnexAColumn<T> Gender<T>() where T : IAnnexAChildRow => new("Gender", r => r.Child.Gender);

    public static AnnexAColumn<T> Ethnicity<T>() where T : IAnnexAChildRow => new("Ethnicity", r => r.Child.Ethnicity);

    public static AnnexAColumn<T> DateOfBirth<T>() where T : IAnnexAChildRow => new("Date of Birth", r => r.Child.DateOfBirth);

    public static AnnexAColumn<T> Age<T>() where T : IAnnexAChildRow => new("Age of Child (Years)", r => r.Child.Age);

    public static AnnexAColumn<T> Disability<T>() where T : IAnnexAChildRow =>
        new("Does the Child have a Disability", r => r.Child.Disability);

    /// <summary>Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years): the first five columns of lists 1-9.</summary>
    public static AnnexAColumn<T>[] Child<T>() where T : IAnnexAChildRow =>
        [ChildId<T>(), Gender<T>(), Ethnicity<T>(), DateOfBirth<T>(), Age<T>()];

    public static AnnexAColumn<T>[] Allocation<T>() where T : IAnnexAAllocatedRow =>
    [
        new("Allocated Team", r => r.Allocation.Team),
        new("Allocated Worker", r => r.Allocation.Worker),
    ];
}
