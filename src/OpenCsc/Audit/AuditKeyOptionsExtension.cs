using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCsc.Audit;

/// <summary>
/// Carries the audit key in a context's options, so every context made from the same <see cref="Data.DatabaseSettings"/>
/// (the web host's injected ones and those its background jobs open) seals with the same key.
/// </summary>
internal sealed class AuditKeyOptionsExtension : IDbContextOptionsExtension
{
    public AuditKeyOptionsExtension(AuditKey key)
    {
        Key = key;
        Info = new ExtensionInfo(this);
    }

    public AuditKey Key { get; }

    public DbContextOptionsExtensionInfo Info { get; }

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        // The key adds no EF services: every key may share one internal service provider.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
