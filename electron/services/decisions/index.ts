// Sammanträden, ärenden with diarienummer and §, and the nämnd's beslut with their consequences for
// the insats versions they concern. An ärende may be handled at several sammanträden: each beslut keeps the
// sammanträde and § it was taken at; an återremiss frees the ärende for a later meeting (same diarienummer,
// new §), and the final beslut (bifall or avslag) closes it.
export { createArende, listArenden, readArende, splitLines, suggestDiarienummer, updateArende } from './arenden';
export { createSammantrade, listSammantraden, updateSammantrade } from './sammantraden';
export { scheduleArende, setParagraf, suggestParagraf, unscheduleArende } from './paragrafer';
export { decisionForVersion, recordBeslut, recordBeslutInTrx, setOverklagad, updateBeslut, type RecordBeslutInput, type UpdateBeslutInput } from './beslut';
export { addTask, completeTask } from './aterrapportering';
