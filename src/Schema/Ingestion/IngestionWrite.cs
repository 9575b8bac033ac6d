using BpjsTk.Data;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Schema.Ingestion;

/// <summary>What one write mutation works with once its caller may write and its input is valid.</summary>
/// <param name="Db">A context of its own, saved once, so the change and its history are written together or not at all.</param>
/// <param name="Input">The validated input.</param>
/// <param name="Caller">The API client making the change.</param>
/// <param name="Time">The clock changes are stamped with.</param>
internal sealed record IngestionWrite<TInput>(BpjsTkDbContext Db, TInput Input, ApiCaller Caller, TimeProvider Time);
