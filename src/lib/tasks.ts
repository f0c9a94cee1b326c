/**
 * The tasks the home page starts from. Each leads to a page that lists, by official, the scripts
 * of its channels (`/tasks/<id>/`), or straight to another page. Labels live in `ui-strings.ts`.
 */
import { paths } from './paths';
import type { callScriptChannels } from '../schemas';

type Channel = (typeof callScriptChannels)[number];

/** One task: its id (the URL part and key of its labels), and where it leads. */
export interface Task {
	id: 'call' | 'email' | 'speak' | 'meet' | 'check-county' | 'share';
	/** Scripts of these channels make the task's page; absent when the task links elsewhere. */
	channels?: readonly Channel[];
	/** Where a task without a page of its own leads: an anchor, or a site path without the base. */
	href?: string;
}

/** The tasks, in the order the home page shows them: quickest first. */
export const tasks: readonly Task[] = [
	{ id: 'call', channels: ['phone', 'voicemail'] },
	{ id: 'email', channels: ['email', 'testimony'] },
	{ id: 'speak', channels: ['public-comment', 'testimony', 'town-hall'] },
	{ id: 'meet', channels: ['meeting-request'] },
	{ id: 'check-county', href: '#check-your-county' },
	{ id: 'share', href: '/talking-points/' },
];

/** Where a task's link goes. */
export const taskHref = (task: Task) =>
	task.href?.startsWith('/') ? paths.doc(task.href) : (task.href ?? paths.task(task.id));
