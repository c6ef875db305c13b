import { execFileSync } from 'node:child_process';

/**
 * `text` in a legacy encoding (GB18030, WINDOWS-1252 ...) as Excel's "CSV (Comma delimited)"
 * saves it, written by iconv: TextEncoder only writes UTF-8.
 */
export function encodeAs(text: string, encoding: string): Buffer {
	return execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: text });
}

/** Contacts of a Chinese partner, enough Chinese text for the detector to be sure. */
export const CHINESE_CONTACTS = [
	'Name,Email,Job title,Role,Countries/Regions,States/Provinces',
	'陈静,chen.jing@woodgrove.example,客户成功经理,Partner customer success manager,"CN, HK",',
	'王芳,wang.fang@woodgrove.example,技术销售经理,Partner technical sales,CN,',
	'刘洋,liu.yang@woodgrove.example,市场部总监,Partner marketing,CN,',
	'',
].join('\n');

/** Contacts of a Western partner, with the accents Windows-1252 holds. */
export const WESTERN_CONTACTS = [
	'Name,Email,Job title,Role,Countries/Regions,States/Provinces',
	'Zoë Müller,zoe@woodgrove.example,Vertriebsleiterin,Partner sales,"DE, AT",',
	'François Côté,francois@woodgrove.example,Directeur commercial – Québec,Partner sales,CA,CA-QC',
	'José Peña,jose@woodgrove.example,Director de ventas,Partner sales,ES,',
	'',
].join('\n');
