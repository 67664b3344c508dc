using OpenCsc.Data;

namespace OpenCsc.Web;

/// <summary>
/// Fills an empty database with the synthetic demo borough. The web host calls it once at start-up, after
/// migrating, when the database has no children; register an implementation through
/// <see cref="OpenCscWeb.Build"/>'s configureServices. Without one the host starts on the empty database.
/// </summary>
public interface IDemoSeeder
{
    Task SeedAsync(DatabaseSettings settings, CancellationToken ct);
}
