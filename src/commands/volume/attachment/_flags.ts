/** The connector options attachment create and set share. */
import { flag } from "../../../cli/flags.ts";

export const connectorFlags = {
  initiator: flag.string({ metavar: "<initiator>", help: "iSCSI initiator of the connector" }),
  ip: flag.string({ metavar: "<ip>", help: "IP address of the connector" }),
  host: flag.string({ metavar: "<host>", help: "Host name of the connector" }),
  platform: flag.string({ metavar: "<platform>", help: "Platform of the connector" }),
  osType: flag.string({ metavar: "<ostype>", help: "Operating system type of the connector" }),
  multipath: flag.boolean({ help: "The connector uses multipath" }),
  noMultipath: flag.boolean({ help: "The connector does not use multipath (the default)" }),
  mountpoint: flag.string({ metavar: "<mountpoint>", help: "Mount point of the connector" }),
};
