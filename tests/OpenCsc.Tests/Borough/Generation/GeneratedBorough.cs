using System.Globalization;
using System.Reflection;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;

namespace OpenCsc.Tests.Borough.Generation;

/// <summary>Small generated boroughs shared by the tests (generation is deterministic, so sharing is safe).</summary>
internal static class GeneratedBorough
{
    public static readonly DateOnly AsOf = new(2026, 3, 31);

    private static readonly Lazy<(BoroughGenerator Generator, InMemoryRowSink Rows)> _tenThousand =
        new(() => Generate(new DemoBoroughOptions { Children = 10_000, Years = 3, Seed = 7, AsOf = AsOf }));

    /// <summary>A 10,000-child borough with 3 years of history to 31 March 2026.</summary>
    public static (BoroughGenerator Generator, InMemoryRowSink Rows) TenThousand => _tenThousand.Value;

    public static (BoroughGenerator Generator, InMemoryRowSink Rows) Generate(DemoBoroughOptions options)
    {
        var generator = new BoroughGenerator(options);
        var sink = new InMemoryRowSink();
        generator.GenerateAll(sink);
        return (generator, sink);
    }

    /// <summary>Every row as text, type by type, each with all its mapped values: equal text means equal rows.</summary>
    public static List<string> Snapshot(InMemoryRowSink sink)
    {
        var lines = new List<string>();
        foreach (Entity row in sink.AllRows())
        {
            lines.Add(row.GetType().Name + "|" + string.Join("|", ScalarProperties(row.GetType()).Select(p => Format(p.GetValue(row)))));
        }

        return lines;
    }

    public static IEnumerable<PropertyInfo> ScalarProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && IsScalar(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(decimal);

    private static string Format(object? value) => value switch
    {
        null => "∅",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
