namespace OpenCsc.Recording;

/// <summary>
/// A value that does not meet its rule: the field (the command's property name, <c>nameof(Command.Property)</c>) and
/// what was expected, in the GOV.UK Design System's words. The web layer maps the field to the form's input.
/// </summary>
public sealed record FieldProblem(string Field, string Message);
