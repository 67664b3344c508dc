using OpenCsc.Returns;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Returns.Imports;

/// <summary>Validates a CIN census file against the DfE's XSD for its collection year, read from the shared folder.</summary>
internal static class CinSchema
{
    public static string PathFor(CollectionYear year) => SharedFolder.Require($"formats/cin/CIN_schema_{year.CinSchemaYear}.xsd");

    public static void AssertValid(string file, CollectionYear year)
    {
        var errors = XsdValidation.ValidateFile(file, PathFor(year));
        Assert.True(errors.Count == 0, $"{Path.GetFileName(file)} is not valid against CIN_schema_{year.CinSchemaYear}.xsd: {string.Join(" | ", errors.Take(5))}");
    }
}
