/** The port contract the local Base and the SDK keep, run against the OpenAPI adapter over the fake OpenAPI. */
import { emptyBase, personId } from '../../test/support/baseFixture';
import { fakeOpenApi } from '../../test/support/fakeOpenApi';
import { describePortContract } from '../../test/support/portContract';
import { VIEW_SETTERS_POINT, VIEW_SETTINGS_POINT } from '../../test/support/portContractViews';
import type { LocalHost } from '../../src/local/localHost';
import { OpenApiClient } from './openApiClient';
import { openApiHost } from './openApiBase';

const SECRET = 'app-secret';
const APP_TOKEN = 'bascnContract';
const INSTALLS_NOTHING = 'automations install nothing: tables, fields and options are the sidebar’s';
const NO_VIEWS = 'automations configure no views: the installer in the sidebar does';
const NO_EVENTS = 'the OpenAPI sends no events to a program; automations poll';

let local: LocalHost;

describePortContract(
  'OpenAPI adapter',
  () => {
    local = emptyBase();
    const api = fakeOpenApi(local, { appToken: APP_TOKEN, appId: 'cli_contract', appSecret: SECRET });
    const client = new OpenApiClient({
      origin: 'https://open.feishu.cn',
      credentials: { kind: 'app', appId: 'cli_contract', appSecret: SECRET },
      fetch: api.fetch,
    });
    return openApiHost(client, APP_TOKEN, { userId: personId('王建国') });
  },
  {
    // The tables are made in the Base behind the OpenAPI, as the sidebar's install would have made them.
    addTable: async (name, fields) => (await local.host.base.addTable({ name, fields })).tableId,
    skip: {
      'addTable creates a table that getTableMetaList lists, with its fields in order, the first primary':
        INSTALLS_NOTHING,
      'addField and setField keep the field id and the ids of existing options': INSTALLS_NOTHING,
      "a select cell reads its option's current name after the option is renamed": INSTALLS_NOTHING,
      'onRecordAdd, onRecordModify({recordId, fieldIds}) and onRecordDelete fire': NO_EVENTS,
      'onFieldAdd and onFieldModify fire when the structure changes': NO_EVENTS,
      'an unsubscribed listener hears nothing more': NO_EVENTS,
      'a text cell keeps its link segments': 'the OpenAPI writes a text cell as a plain string',
      'a link cell has the target primary text': 'the OpenAPI reads a link as the linked record ids only',
      'setData stores a value that getData returns, by copy': 'plugin storage belongs to the sidebar',
      [VIEW_SETTINGS_POINT]: NO_VIEWS,
      [VIEW_SETTERS_POINT]: NO_VIEWS,
    },
  },
);
