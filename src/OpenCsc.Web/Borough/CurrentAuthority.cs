using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCsc.Data;

namespace OpenCsc.Web.Borough;

/// <summary>The authority the database belongs to, as every page's layout needs it.</summary>
public sealed record AuthoritySummary(string Name, string LaCode, bool IsDemo);

/// <summary>
/// Reads the authority row once and keeps it for a few minutes: the layout asks on every page. An absent row is not
/// cached, so a borough seeded or imported after start-up shows at once.
/// </summary>
public sealed class CurrentAuthority(AppDbContext db, IMemoryCache cache)
{
    private const string CacheKey = "OpenCsc.Web.CurrentAuthority";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<AuthoritySummary?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out AuthoritySummary? cached))
        {
            return cached;
        }

        AuthoritySummary? authority;
        try
        {
            authority = await db.Authorities.AsNoTracking()
                .OrderBy(a => a.Id)
                .Select(a => new AuthoritySummary(a.Name, a.LaCode, a.IsDemo))
                .FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseFaults.Find(e) is not null)
        {
            // The page saying the database failed must not fail on the layout's heading.
            return null;
        }

        if (authority is not null)
        {
            cache.Set(CacheKey, authority, Lifetime);
        }

        return authority;
    }
}
