using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Accounts;

/// <summary>Who is asking: the account, its role and the worker it belongs to.</summary>
public sealed record StaffUser(long AccountId, string DisplayName, StaffRole Role, long? WorkerId);

/// <summary>
/// Need-to-know, as a condition on children that every query naming children applies in the database: a social worker
/// or MASH worker sees the children with an allocation open that day to them or to their team; a team manager the
/// team's; a head of service those of every team in the services they lead (and their own team's); an IRO or CP chair
/// the children with an IRO allocation open to them; performance analysts and QA auditors every child, read-only;
/// administrators and read-only members none. A restricted child is seen only by the people named on the record,
/// whatever their role. A practitioner also sees an unrestricted child whose record they opened by break-glass
/// (<see cref="BreakGlassAccess"/>), until that access ends.
/// </summary>
public sealed class ChildScope
{
    private readonly Expression<Func<Child, bool>> _visible;

    private ChildScope(StaffUser user, Expression<Func<Child, bool>> visible)
    {
        User = user;
        _visible = visible;
    }

    public StaffUser User { get; }

    /// <summary>Whether the role sees child records at all (administrators and read-only members do not).</summary>
    public bool SeesChildren => User.Role is not (StaffRole.SystemAdministrator or StaffRole.ReadOnlyMember);

    /// <param name="db">The database.</param>
    /// <param name="user">Who is asking.</param>
    /// <param name="day">The day whose allocations count.</param>
    /// <param name="nowUtc">The moment (UTC) at which break-glass accesses must still be open.</param>
    /// <param name="cancellationToken">Cancels the look-ups.</param>
    public static async Task<ChildScope> ForAsync(AppDbContext db, StaffUser user, DateOnly day, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        long account = user.AccountId;
        long worker = user.WorkerId ?? -1;
        long team = user.WorkerId is { } w
            ? await db.Workers.Where(x => x.Id == w).Select(x => x.TeamId).FirstOrDefaultAsync(cancellationToken) ?? -1
            : -1;
        var grants = db.ChildAccessGrants;
        var allocations = db.Allocations.Where(DatedPeriods.OpenAtEndOf<OpenCsc.Workforce.Allocation>(day));
        DateTime now = BreakGlassAccess.Stored(nowUtc);
        var brokenGlass = db.BreakGlassAccesses.Where(b => b.StaffAccountId == account && b.ExpiresAt > now);

        Expression<Func<Child, bool>> visible;
        switch (user.Role)
        {
            case StaffRole.SocialWorker or StaffRole.MashWorker:
                visible = c => c.IsRestricted
                    ? grants.Any(g => g.ChildId == c.Id && g.StaffAccountId == account)
                    : allocations.Any(a => a.ChildId == c.Id && (a.WorkerId == worker || a.TeamId == team)) || brokenGlass.Any(b => b.ChildId == c.Id);
                break;
            case StaffRole.TeamManager:
                visible = c => c.IsRestricted
                    ? grants.Any(g => g.ChildId == c.Id && g.StaffAccountId == account)
                    : allocations.Any(a => a.ChildId == c.Id && (a.TeamId == team || a.WorkerId == worker)) || brokenGlass.Any(b => b.ChildId == c.Id);
                break;
            case StaffRole.HeadOfService:
                var services = await db.Services.Where(s => s.HeadOfServiceId == worker).Select(s => s.Id)
                    .Union(db.Teams.Where(t => t.Id == team).Select(t => t.ServiceId))
                    .ToListAsync(cancellationToken);
                visible = c => c.IsRestricted
                    ? grants.Any(g => g.ChildId == c.Id && g.StaffAccountId == account)
                    : allocations.Any(a => a.ChildId == c.Id && services.Contains(a.Team!.ServiceId)) || brokenGlass.Any(b => b.ChildId == c.Id);
                break;
            case StaffRole.IndependentReviewingOfficer:
                var reviewed = db.IroAllocations.Where(DatedPeriods.OpenAtEndOf<OpenCsc.LookedAfter.IroAllocation>(day)).Where(i => i.IroId == worker);
                visible = c => c.IsRestricted
                    ? grants.Any(g => g.ChildId == c.Id && g.StaffAccountId == account)
                    : reviewed.Any(i => i.ChildId == c.Id) || brokenGlass.Any(b => b.ChildId == c.Id);
                break;
            case StaffRole.PerformanceAnalyst or StaffRole.QaAuditor:
                visible = c => !c.IsRestricted || grants.Any(g => g.ChildId == c.Id && g.StaffAccountId == account);
                break;
            default:
                visible = c => false;
                break;
        }

        return new ChildScope(user, visible);
    }

    /// <summary>The children this person may see.</summary>
    public IQueryable<Child> Children(AppDbContext db) => db.Children.Where(_visible);

    /// <summary>The ids of the children this person may see, to filter any query by its child.</summary>
    public IQueryable<long> ChildIds(AppDbContext db) => Children(db).Select(c => c.Id);

    public Task<bool> CanSeeAsync(AppDbContext db, long childId, CancellationToken cancellationToken = default) =>
        Children(db).AnyAsync(c => c.Id == childId, cancellationToken);

    /// <summary>Whether this person may record on the child's record (seeing it is checked separately).</summary>
    public bool MayRecord => StaffRoles.Records(User.Role);

    /// <summary>
    /// Whether this person may open a record outside their scope by giving a reason: practitioners may; analysts and
    /// auditors already read every unrestricted record; administrators and read-only members never see a child's record.
    /// </summary>
    public bool MayBreakGlass => StaffRoles.Records(User.Role);
}
