namespace BpjsTk.Schema.Ingestion;

/// <summary>A broken rule of a mutation's input: what is wrong, a stable code, and the input field's path (e.g. <c>input.rows[3].period</c>).</summary>
public sealed record ValidationError(string Message, string Code, string Field);
