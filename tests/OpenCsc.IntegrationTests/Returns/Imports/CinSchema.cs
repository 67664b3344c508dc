using System.Xml;
using System.Xml.Schema;
using OpenCsc.Returns;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Returns.Imports;

/// <summary>Validates a CIN census file against the DfE's XSD for its collection year, read from the shared folder.</summary>
internal static class CinSchema
{
    public static string PathFor(CollectionYear year) => SharedFolder.Require($"formats/cin/CIN_schema_{year.CinSchemaYear}.xsd");

    public static IReadOnlyList<string> Validate(string file, CollectionYear year)
    {
        var errors = new List<string>();
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (XmlReader xsd = XmlReader.Create(PathFor(year), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            schemas.Add(null, xsd);
        }

        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (errors.Count < 20)
            {
                errors.Add($"line {e.Exception.LineNumber}: {e.Message}");
            }
        };
        using XmlReader reader = XmlReader.Create(file, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static void AssertValid(string file, CollectionYear year)
    {
        var errors = Validate(file, year);
        Assert.True(errors.Count == 0, $"{Path.GetFileName(file)} is not valid against CIN_schema_{year.CinSchemaYear}.xsd: {string.Join(" | ", errors.Take(5))}");
    }
}
