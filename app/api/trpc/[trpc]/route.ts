import { handleTRPCRequest } from "@/server/trpc/handle-trpc-request";

export { handleTRPCRequest as GET, handleTRPCRequest as POST };
